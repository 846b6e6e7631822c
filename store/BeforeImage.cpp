#include "store/BeforeImage.h"

#include <QJsonArray>
#include <QStringList>
#include <QVariant>

namespace switchboard::store {

using namespace Qt::StringLiterals;

void BeforeImage::change(QJsonObject& json, QJsonObject& image, QLatin1StringView key,
                         const QJsonValue& value)
{
    if (!image.contains(key)) {
        const QJsonValue old = json.value(key);
        image.insert(key, old.isUndefined() ? QJsonValue(QJsonValue::Null) : old);
    }
    if (value.isNull())
        json.remove(key);
    else
        json.insert(key, value);
}

void BeforeImage::overlayFields(QJsonObject& json, const QJsonObject& image)
{
    for (auto it = image.begin(); it != image.end(); ++it) {
        if (it.key().startsWith(kTagPrefix) || it.key() == kExists)
            continue;
        if (it.value().isNull())
            json.remove(it.key());
        else
            json.insert(it.key(), it.value());
    }
}

void BeforeImage::setTagPresent(QJsonObject& json, const QString& tag, bool present)
{
    QStringList tags = json.value("tags"_L1).toVariant().toStringList();
    if (present == tags.contains(tag))
        return;
    if (present)
        tags.append(tag);
    else
        tags.removeAll(tag);
    json.insert("tags"_L1, QJsonArray::fromStringList(tags));
}

StoreError BeforeImage::badCommand(const protocol::Command& command, const QString& why)
{
    return StoreError::of(StoreErrorKind::BadCommand,
                          u"%1 %2: %3"_s.arg(command.type,
                                             command.id.toString(QUuid::WithoutBraces), why));
}

StoreError BeforeImage::notFound(const QString& what)
{
    return StoreError::of(StoreErrorKind::NotFound, u"%1 is not in the cache"_s.arg(what));
}

} // namespace switchboard::store
