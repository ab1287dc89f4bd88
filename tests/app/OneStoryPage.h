#pragma once

#include <gtest/gtest.h>

#include <string>

#include "layout/base/Id.h"
#include "layout/document/Document.h"

// A page of one story, 华泾镇举办主题活动 with `paragraph` its text, in block "story-0" over
// `block`.
inline banmian::layout::Document oneStoryPage(
        const banmian::layout::GridRect& block,
        const std::string& paragraph = "6月28日，华泾镇举办庆祝建党102周年主题活动。") {
    using namespace banmian::layout;
    Document d;
    Story story;
    story.headline = "华泾镇举办主题活动";
    story.paragraphs = {paragraph};
    story.id = newId();
    d.stories = {story};
    d.page.grid = pageGrid(PagePreset::Broadsheet);
    Block b;
    b.id = "story-0";
    b.story = story.id;
    b.area = {block};
    d.page.blocks = {b};
    return d;
}

// That page with one photo of `image` (a path) in `photo` captioned `caption`, written to `path`;
// `path`.
inline std::string writePhotoPage(const std::string& path, const std::string& image,
                                  const banmian::layout::GridRect& block,
                                  const banmian::layout::GridRect& photo,
                                  const std::string& caption) {
    banmian::layout::Document d = oneStoryPage(block);
    d.page.blocks[0].photos = {{photo, image, caption, std::nullopt}};
    EXPECT_FALSE(banmian::layout::writeDocument(d, path));
    return path;
}
