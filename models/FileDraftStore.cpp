#include "models/FileDraftStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace switchboard::models {

FileDraftStore::FileDraftStore(QString path)
    : path_(std::move(path))
{
    QFile file(path_);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.value().isString())
            drafts_.insert(it.key(), it.value().toString());
    }
}

QString FileDraftStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/drafts.json"_s;
}

QString FileDraftStore::draft(const QString& conversationId) const
{
    return drafts_.value(conversationId);
}

bool FileDraftStore::setDraft(const QString& conversationId, const QString& text)
{
    if (conversationId.isEmpty())
        return false;
    if (text == drafts_.value(conversationId))
        return true;
    if (text.isEmpty())
        drafts_.remove(conversationId);
    else
        drafts_.insert(conversationId, text);
    return save();
}

bool FileDraftStore::save() const
{
    QDir().mkpath(QFileInfo(path_).absolutePath());
    QJsonObject object;
    for (auto it = drafts_.cbegin(); it != drafts_.cend(); ++it)
        object.insert(it.key(), it.value());
    QSaveFile file(path_);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QJsonDocument(object).toJson(QJsonDocument::Compact));
    return file.commit();
}

} // namespace switchboard::models
