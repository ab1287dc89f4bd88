#include "layout/base/Id.h"

#include <sys/random.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdint>
#include <random>

namespace banmian::layout {

std::string newId() {
    std::array<std::uint8_t, 16> bits{};
    std::size_t filled = 0;
    while (filled < bits.size()) {
        const ssize_t got = getrandom(bits.data() + filled, bits.size() - filled, 0);
        if (got < 0 && errno == EINTR) continue;
        if (got <= 0) break;  // no getrandom (an old kernel): random_device below
        filled += static_cast<std::size_t>(got);
    }
    if (filled < bits.size()) {
        std::random_device device;
        for (std::uint8_t& b : bits) b = static_cast<std::uint8_t>(device());
    }
    static constexpr char kHex[] = "0123456789abcdef";
    std::string id;
    id.reserve(32);
    for (const std::uint8_t b : bits) {
        id += kHex[b >> 4];
        id += kHex[b & 0xF];
    }
    return id;
}

bool isRandomId(std::string_view id) {
    return id.size() == 32 && std::all_of(id.begin(), id.end(), [](char c) {
               return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
           });
}

}  // namespace banmian::layout
