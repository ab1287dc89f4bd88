#pragma once

#include <vector>

#include "layout/base/Diagnostic.h"
#include "layout/import/DayPhotos.h"
#include "layout/model/DayPhoto.h"
#include "layout/model/Story.h"

namespace banmian::layout {

/// The day's photos, each given the story it goes with, and what a person should check.
struct PhotoAssignment {
    std::vector<DayPhoto> photos;  ///< in the order given
    std::vector<Diagnostic> warnings;
    int byName = 0, byCaption = 0, inOrder = 0, kept = 0;  ///< how each photo found its story
};

/// Gives each photo its story (DayPhoto::story), deterministically, in this order of trust:
///  1. a story already set that is one of `stories` is kept (the designer's, or an earlier run's);
///  2. a story its caption file names ("稿件：集中销毁") is the one whose headline (with kicker and
///     subtitle) has those words, or shares the most of them;
///  3. a caption that shares words (contentWords()) with an article goes to the article it shares
///     the most with — a word of its headline, kicker or subtitle counts twice a word only in
///     its body; one headline word or two body words at least, the earlier article on a tie;
///  4. the rest in the order given: the first to the lead (the first article), the next to the
///     next article, articles with fewer photos first, so that every article gets one before any
///     gets two. Sidebars get none by order or caption. With no article, a photo keeps none.
PhotoAssignment assignPhotos(std::vector<ReadPhoto> photos, const std::vector<Story>& stories);

}  // namespace banmian::layout
