// Drafts kept in one small JSON file (conversation id -> text), rewritten whole and
// atomically (QSaveFile) on each change, so a crash leaves the old file or the new one,
// never half of one. By default in the application's data folder.
#pragma once

#include "models/DraftStore.h"

#include <QHash>

namespace switchboard::models {

class FileDraftStore : public DraftStore {
public:
    // Reads the file if it exists; an unreadable file starts empty (drafts are a
    // convenience, not data the server holds), and is replaced on the first change.
    explicit FileDraftStore(QString path);

    // drafts.json under QStandardPaths::AppDataLocation.
    static QString defaultPath();
    const QString& path() const { return path_; }

    QString draft(const QString& conversationId) const override;
    bool setDraft(const QString& conversationId, const QString& text) override;

private:
    bool save() const;

    QString path_;
    QHash<QString, QString> drafts_;
};

} // namespace switchboard::models
