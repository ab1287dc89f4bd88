#pragma once

#include <string>

#include "layout/model/ProofMark.h"

namespace banmian::layout {

/// A mark's kind as the desk names it (GB/T 14706 校对符号): 删除 增补 改正 对调 改字体 疑问 批注
/// 提示.
std::string markSubject(MarkKind kind);

/// What the editor is asked to do, in full, in the desk's words: 改为“汇”（原为“江”）. A proof
/// PDF's annotation says it (/Contents), and its summary page lists it.
std::string markRequest(const ProofMark& mark);

/// What a proofreader writes in the margin beside the mark, short, for the printed proof: 改为“汇”,
/// 增“阶段”, 删, 疑：…; the struck characters on the page say the rest.
std::string markNote(const ProofMark& mark);

}  // namespace banmian::layout
