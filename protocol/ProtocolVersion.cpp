#include "protocol/ProtocolVersion.h"

namespace switchboard::protocol {

std::optional<ProtocolVersion> ProtocolVersion::parse(QStringView text)
{
    const qsizetype dot = text.indexOf(u'.');
    if (dot <= 0 || dot == text.size() - 1 || text.size() > 11)
        return std::nullopt;
    bool majorOk = false;
    bool minorOk = false;
    const int major = text.first(dot).toInt(&majorOk);
    const int minor = text.sliced(dot + 1).toInt(&minorOk);
    // toInt accepts a sign and spaces; a version has digits only.
    for (QChar c : text) {
        if (c != u'.' && !c.isDigit())
            return std::nullopt;
    }
    if (!majorOk || !minorOk)
        return std::nullopt;
    return ProtocolVersion { major, minor };
}

} // namespace switchboard::protocol
