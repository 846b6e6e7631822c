#include "app/CachePath.h"

#include <QDir>

namespace switchboard::app {

using namespace Qt::StringLiterals;

QString CachePath::safePart(const QString& text)
{
    QString safe;
    safe.reserve(text.size());
    for (QChar c : text) {
        const bool plain = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z')
            || (c >= u'0' && c <= u'9') || c == u'-' || c == u'.';
        safe.append(plain ? c : u'_');
    }
    // "." and ".." would climb out of the folder.
    if (safe.isEmpty() || safe == "."_L1 || safe == ".."_L1)
        safe.prepend(u'_');
    return safe;
}

QString CachePath::forDesk(
    const QString& dataDir, const QUrl& server, const QString& agentId, const QString& space)
{
    const QString serverPart = safePart(server.host() + u'_' + QString::number(server.port(80)));
    return QDir(dataDir).filePath(u"caches/"_s + serverPart + u'/' + safePart(agentId) + u'/'
        + safePart(space) + u".sqlite"_s);
}

} // namespace switchboard::app
