// Where the composer keeps unsent text, per conversation, so a half-written reply survives
// switching conversations, closing the window, a crash and a restart. An interface so the
// tests and the training sandbox can keep drafts elsewhere than the user's profile.
#pragma once

#include <QString>

namespace switchboard::models {

class DraftStore {
public:
    virtual ~DraftStore() = default;

    // The draft of the conversation; empty when there is none.
    virtual QString draft(const QString& conversationId) const = 0;
    // Stores the draft, or forgets it when `text` is empty (a reply was sent). Returns false
    // when it could not be kept.
    virtual bool setDraft(const QString& conversationId, const QString& text) = 0;
};

} // namespace switchboard::models
