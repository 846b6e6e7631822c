// How protocol values are kept in columns, in one place so every repository stores them
// alike: instants as UTC milliseconds since the epoch (sortable, NULL when absent), enums
// as their wire names (readable in the sqlite3 shell, stable when an enum grows), and the
// small lists no query looks inside (tags, teams, order lines) as compact JSON, NULL when
// empty so the common case costs no serialisation.
#pragma once

#include "protocol/Enums.h"
#include "store/Statement.h"
#include "store/StoreError.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace switchboard::store::columns {

void bindTime(Statement& statement, int index, const QDateTime& time);
QDateTime time(const Statement& statement, int column);

void bindStringList(Statement& statement, int index, const QStringList& list);
StoreResult<QStringList> stringList(const Statement& statement, int column);

void bindJsonArray(Statement& statement, int index, const QJsonArray& array);
StoreResult<QJsonArray> jsonArray(const Statement& statement, int column);
void bindJsonObject(Statement& statement, int index, const QJsonObject& object);
StoreResult<QJsonObject> jsonObject(const Statement& statement, int column);

StoreError corrupt(const QString& what);

template <typename E> void bindEnum(Statement& statement, int index, E value)
{
    for (const auto& [v, name] : protocol::EnumNames<E>::names) {
        if (v == value) {
            statement.bind(index, QStringView(name));
            return;
        }
    }
    statement.bindNull(index);
}

template <typename E> StoreResult<E> enumeration(const Statement& statement, int column)
{
    const QStringView name = statement.textView(column);
    if (auto value = protocol::fromWireName<E>(name))
        return *value;
    return std::unexpected(corrupt(QStringLiteral("unknown stored value \"%1\"").arg(name)));
}

} // namespace switchboard::store::columns
