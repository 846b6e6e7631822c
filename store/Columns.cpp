#include "store/Columns.h"

#include <QJsonDocument>

namespace switchboard::store::columns {

StoreError corrupt(const QString& what)
{
    return StoreError::of(StoreErrorKind::Corrupt, what);
}

void bindTime(Statement& statement, int index, const QDateTime& time)
{
    if (time.isValid())
        statement.bind(index, time.toMSecsSinceEpoch());
    else
        statement.bindNull(index);
}

QDateTime time(const Statement& statement, int column)
{
    if (statement.isNull(column))
        return {};
    return QDateTime::fromMSecsSinceEpoch(statement.int64(column), Qt::UTC);
}

void bindJsonArray(Statement& statement, int index, const QJsonArray& array)
{
    if (array.isEmpty())
        statement.bindNull(index);
    else
        statement.bindUtf8(index, QJsonDocument(array).toJson(QJsonDocument::Compact));
}

StoreResult<QJsonArray> jsonArray(const Statement& statement, int column)
{
    if (statement.isNull(column))
        return QJsonArray();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(statement.utf8(column), &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        return std::unexpected(corrupt(QStringLiteral("a stored list is not a JSON array")));
    return doc.array();
}

void bindJsonObject(Statement& statement, int index, const QJsonObject& object)
{
    if (object.isEmpty())
        statement.bindNull(index);
    else
        statement.bindUtf8(index, QJsonDocument(object).toJson(QJsonDocument::Compact));
}

StoreResult<QJsonObject> jsonObject(const Statement& statement, int column)
{
    if (statement.isNull(column))
        return QJsonObject();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(statement.utf8(column), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::unexpected(corrupt(QStringLiteral("a stored value is not a JSON object")));
    return doc.object();
}

void bindStringList(Statement& statement, int index, const QStringList& list)
{
    if (list.isEmpty())
        statement.bindNull(index);
    else
        bindJsonArray(statement, index, QJsonArray::fromStringList(list));
}

StoreResult<QStringList> stringList(const Statement& statement, int column)
{
    auto array = jsonArray(statement, column);
    if (!array)
        return std::unexpected(array.error());
    QStringList out;
    out.reserve(array->size());
    for (const QJsonValue& value : *array) {
        if (!value.isString())
            return std::unexpected(corrupt(QStringLiteral("a stored list holds a non-string")));
        out.append(value.toString());
    }
    return out;
}

} // namespace switchboard::store::columns
