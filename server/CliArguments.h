// The options of one admin subcommand: "--name value" pairs, each allowed at most once and
// only when the subcommand knows it. What is wrong is said in a sentence for stderr.
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <expected>

namespace switchboard::server {

class CliArguments {
public:
    // `allowed` are the option names without dashes ("data-dir").
    static std::expected<CliArguments, QString> parse(
        const QStringList& args, const QStringList& allowed);

    bool has(const QString& name) const { return values_.contains(name); }
    QString value(const QString& name, const QString& fallback = {}) const
    {
        return values_.value(name, fallback);
    }
    // The value, or an error naming the missing option.
    std::expected<QString, QString> required(const QString& name) const;
    // An integer in [min, max], or the fallback when absent.
    std::expected<qint64, QString> integer(
        const QString& name, qint64 fallback, qint64 min, qint64 max) const;

private:
    QHash<QString, QString> values_;
};

} // namespace switchboard::server
