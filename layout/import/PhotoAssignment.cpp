#include "layout/import/PhotoAssignment.h"

#include <filesystem>
#include <map>
#include <set>

#include "layout/import/ContentWords.h"

namespace banmian::layout {
namespace {

// A story's words, by where they stand: the headline's weigh more than the body's.
struct StoryWords {
    std::set<std::string> head;  // kicker, headline, subtitle
    std::set<std::string> body;
};

StoryWords wordsOf(const Story& story) {
    StoryWords words;
    words.head = contentWords(story.kicker + "\n" + story.headline + "\n" + story.subtitle);
    for (const std::string& paragraph : story.paragraphs) words.body.merge(contentWords(paragraph));
    return words;
}

std::string fileName(const DayPhoto& photo) {
    return std::filesystem::path(photo.path).filename().string();
}

// The story the words `named` name: the first whose head holds them as they are, else the one
// whose head shares the most of their words (the earlier on a tie); none when none shares any.
std::optional<std::size_t> storyNamed(const std::string& named, const std::vector<Story>& stories,
                                      const std::vector<StoryWords>& words) {
    for (std::size_t i = 0; i < stories.size(); ++i) {
        const Story& s = stories[i];
        if (s.headline.find(named) != std::string::npos ||
            (!s.kicker.empty() && s.kicker.find(named) != std::string::npos) ||
            (!s.subtitle.empty() && s.subtitle.find(named) != std::string::npos))
            return i;
    }
    const std::set<std::string> asked = contentWords(named);
    std::optional<std::size_t> best;
    std::size_t bestShared = 0;
    for (std::size_t i = 0; i < stories.size(); ++i) {
        std::size_t shared = 0;
        for (const std::string& w : asked) shared += words[i].head.contains(w);
        if (shared > bestShared) {
            bestShared = shared;
            best = i;
        }
    }
    return best;
}

// The article the caption speaks of most, by the weights the header says; none below the bar.
// Only words fewer than half of the articles share count: 活动 or 现场 in a caption ("图为活动
// 现场") say nothing of which story a photo shows when most stories say them too.
std::optional<std::size_t> storyOfCaption(const std::string& caption,
                                          const std::vector<Story>& stories,
                                          const std::vector<StoryWords>& words) {
    constexpr int kHeadWord = 2, kBodyWord = 1, kLeastScore = 2;
    std::size_t articles = 0;
    for (const Story& story : stories) articles += story.kind == StoryKind::Article;
    std::set<std::string> captionWords;
    for (const std::string& w : contentWords(caption)) {
        std::size_t sharing = 0;
        for (std::size_t i = 0; i < stories.size(); ++i)
            sharing += stories[i].kind == StoryKind::Article &&
                       (words[i].head.contains(w) || words[i].body.contains(w));
        if (2 * sharing < articles) captionWords.insert(w);
    }
    std::optional<std::size_t> best;
    int bestScore = kLeastScore - 1;
    for (std::size_t i = 0; i < stories.size(); ++i) {
        if (stories[i].kind != StoryKind::Article) continue;
        int score = 0;
        for (const std::string& w : captionWords) {
            if (words[i].head.contains(w))
                score += kHeadWord;
            else if (words[i].body.contains(w))
                score += kBodyWord;
        }
        if (score > bestScore) {
            bestScore = score;
            best = i;
        }
    }
    return best;
}

}  // namespace

PhotoAssignment assignPhotos(std::vector<ReadPhoto> photos, const std::vector<Story>& stories) {
    PhotoAssignment result;
    std::vector<StoryWords> words;
    words.reserve(stories.size());
    for (const Story& story : stories) words.push_back(wordsOf(story));
    std::map<std::string, int> photosOf;  // by story id: how many photos each has so far

    std::vector<bool> placed(photos.size(), false);
    for (std::size_t p = 0; p < photos.size(); ++p) {
        DayPhoto& photo = photos[p].photo;
        if (!photo.story.empty() && findStory(stories, photo.story)) {
            placed[p] = true;
            ++result.kept;
        } else {
            photo.story.clear();  // a story no longer in the document: chosen again below
        }
        if (placed[p] || photos[p].namedStory.empty()) continue;
        if (const auto named = storyNamed(photos[p].namedStory, stories, words)) {
            photo.story = stories[*named].id;
            placed[p] = true;
            ++result.byName;
        } else {
            result.warnings.push_back(Diagnostic{
                    .message = fileName(photo) + " names the story \"" + photos[p].namedStory +
                               "\", but no headline has those words: it is given a story by its "
                               "caption instead; check the 稿件 line of its caption file",
                    .severity = Severity::Warning,
                    .kind = "photo-story"});
        }
    }
    for (std::size_t p = 0; p < photos.size(); ++p) {
        if (placed[p]) continue;
        if (const auto story = storyOfCaption(photos[p].photo.caption, stories, words)) {
            photos[p].photo.story = stories[*story].id;
            placed[p] = true;
            ++result.byCaption;
        }
    }
    for (std::size_t p = 0; p < photos.size(); ++p) {
        if (placed[p]) ++photosOf[photos[p].photo.story];
    }
    for (std::size_t p = 0; p < photos.size(); ++p) {
        if (placed[p]) continue;
        // The article with the fewest photos, the earliest of them: the lead first.
        const Story* chosen = nullptr;
        for (const Story& story : stories) {
            if (story.kind != StoryKind::Article) continue;
            if (!chosen || photosOf[story.id] < photosOf[chosen->id]) chosen = &story;
        }
        if (!chosen) continue;
        photos[p].photo.story = chosen->id;
        ++photosOf[chosen->id];
        ++result.inOrder;
    }
    result.photos.reserve(photos.size());
    for (ReadPhoto& photo : photos) result.photos.push_back(std::move(photo.photo));
    return result;
}

}  // namespace banmian::layout
