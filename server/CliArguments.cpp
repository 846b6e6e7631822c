#include "server/CliArguments.h"

namespace switchboard::server {

using namespace Qt::StringLiterals;

std::expected<CliArguments, QString> CliArguments::parse(
    const QStringList& args, const QStringList& allowed)
{
    CliArguments out;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& arg = args.at(i);
        if (!arg.startsWith("--"_L1))
            return std::unexpected(u"unexpected argument \"%1\""_s.arg(arg));
        QString name = arg.mid(2);
        QString value;
        if (const qsizetype eq = name.indexOf(u'='); eq >= 0) {
            value = name.mid(eq + 1);
            name.truncate(eq);
        } else if (i + 1 < args.size()) {
            value = args.at(++i);
        } else {
            return std::unexpected(u"--%1 needs a value"_s.arg(name));
        }
        if (!allowed.contains(name))
            return std::unexpected(u"unknown option --%1 (this command takes %2)"_s.arg(
                name, u"--"_s + allowed.join(u", --"_s)));
        if (out.values_.contains(name))
            return std::unexpected(u"--%1 is given twice"_s.arg(name));
        out.values_.insert(name, value);
    }
    return out;
}

std::expected<QString, QString> CliArguments::required(const QString& name) const
{
    const auto it = values_.constFind(name);
    if (it == values_.constEnd() || it->isEmpty())
        return std::unexpected(u"--%1 is required"_s.arg(name));
    return *it;
}

std::expected<qint64, QString> CliArguments::integer(
    const QString& name, qint64 fallback, qint64 min, qint64 max) const
{
    const auto it = values_.constFind(name);
    if (it == values_.constEnd())
        return fallback;
    bool ok = false;
    const qint64 number = it->toLongLong(&ok);
    if (!ok || number < min || number > max)
        return std::unexpected(u"--%1 must be a whole number from %2 to %3, not \"%4\""_s.arg(
            name, QString::number(min), QString::number(max), *it));
    return number;
}

} // namespace switchboard::server
