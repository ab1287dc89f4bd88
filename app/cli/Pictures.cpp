#include "app/cli/Pictures.h"

namespace banmian::app {

namespace {
Pictures& current() {
    static Pictures pictures;
    return pictures;
}
}  // namespace

const Pictures& pictures() {
    return current();
}

void setPictures(const Pictures& pictures) {
    current() = pictures;
}

std::string noPainterMessage() {
    return "this executable cannot draw pictures; run `banmian` (it starts banmian-app for --png)";
}

}  // namespace banmian::app
