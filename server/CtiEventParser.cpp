#include "server/CtiEventParser.h"

#include "protocol/Limits.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace switchboard::server {

using namespace Qt::StringLiterals;

namespace {

// The body's fields, whichever way they came: every value a list (only `user` may hold more
// than one).
using Fields = QHash<QString, QStringList>;

std::expected<Fields, CtiRequestError> formFields(const QByteArray& body)
{
    Fields fields;
    for (const QByteArray& pair : body.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        auto decode = [](QByteArray text) {
            return QString::fromUtf8(QByteArray::fromPercentEncoding(text.replace('+', ' ')));
        };
        QString key = decode(equals < 0 ? pair : pair.first(equals));
        const QString value = equals < 0 ? QString() : decode(pair.sliced(equals + 1));
        if (key.endsWith("[]"_L1))
            key.chop(2);
        fields[key].append(value);
    }
    return fields;
}

std::expected<Fields, CtiRequestError> jsonFields(const QByteArray& body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return std::unexpected(
            CtiRequestError { 400, {}, u"The body must be a JSON object or a form."_s });
    Fields fields;
    const QJsonObject object = document.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonValue value = it.value();
        QStringList& list = fields[it.key()];
        const QJsonArray items = value.isArray() ? value.toArray() : QJsonArray { value };
        for (const QJsonValue& item : items) {
            if (item.isString())
                list.append(item.toString());
            else if (item.isDouble())
                list.append(QString::number(qint64(item.toDouble()))); // numbers sent bare
            else if (!item.isNull())
                return std::unexpected(
                    CtiRequestError { 422, it.key(), u"\"%1\" must be a string."_s.arg(it.key()) });
        }
    }
    return fields;
}

bool isJson(const HttpRequest& request)
{
    const QByteArray type = request.header("content-type"_ba).toLower();
    if (type.startsWith("application/json"))
        return true;
    if (type.startsWith("application/x-www-form-urlencoded"))
        return false;
    return request.body.trimmed().startsWith('{');
}

class FieldReader {
public:
    explicit FieldReader(const Fields& fields)
        : fields_(fields)
    {
    }

    QString take(const QString& key, qsizetype maxChars, bool required, bool mayBeEmpty = false)
    {
        if (error_)
            return {};
        const QStringList values = fields_.value(key);
        if (values.isEmpty() || (values.first().isEmpty() && !mayBeEmpty)) {
            if (required)
                error_ = CtiRequestError { 422, key, u"\"%1\" is required."_s.arg(key) };
            return {};
        }
        if (values.size() > 1)
            error_ = CtiRequestError { 422, key, u"\"%1\" is given twice."_s.arg(key) };
        else if (values.first().size() > maxChars)
            error_ = CtiRequestError { 422, key,
                u"\"%1\" is longer than %2 characters."_s.arg(key).arg(maxChars) };
        return values.first().trimmed();
    }

    void fail(const QString& key, const QString& message)
    {
        if (!error_)
            error_ = CtiRequestError { 422, key, message };
    }

    std::optional<CtiRequestError> error_;

private:
    const Fields& fields_;
};

} // namespace

bool CtiEventParser::isKnownCause(const QString& cause)
{
    static const QStringList kCauses { u"normalClearing"_s, u"busy"_s, u"cancel"_s, u"noAnswer"_s,
        u"congestion"_s, u"notFound"_s, u"forwarded"_s };
    return kCauses.contains(cause);
}

std::expected<CtiEvent, CtiRequestError> CtiEventParser::parse(const HttpRequest& request)
{
    auto fields = isJson(request) ? jsonFields(request.body) : formFields(request.body);
    if (!fields)
        return std::unexpected(fields.error());
    FieldReader r(*fields);
    CtiEvent event;
    event.name = r.take(u"event"_s, 32, true);
    if (!r.error_) {
        if (event.name == "newCall"_L1)
            event.type = CtiEventType::NewCall;
        else if (event.name == "answer"_L1)
            event.type = CtiEventType::Answer;
        else if (event.name == "hangup"_L1)
            event.type = CtiEventType::Hangup;
        else
            r.fail(u"event"_s,
                u"\"event\" must be newCall, answer or hangup, not \"%1\"."_s.arg(event.name));
    }
    event.callId = r.take(u"callId"_s, kMaxCallIdChars, true);
    event.direction = r.take(u"direction"_s, 8, true);
    if (!r.error_ && event.direction != "in"_L1 && event.direction != "out"_L1)
        r.fail(
            u"direction"_s, u"\"direction\" must be in or out, not \"%1\"."_s.arg(event.direction));
    // A withheld caller may come as an empty "from"; a missing one is still an error.
    event.from = r.take(u"from"_s, kMaxNumberChars, true, true);
    event.to = r.take(u"to"_s, kMaxNumberChars, true, true);
    event.queue = r.take(u"queue"_s, protocol::kMaxNameChars, false);
    event.answeringNumber = r.take(u"answeringNumber"_s, kMaxNumberChars, false);
    if (event.type == CtiEventType::Hangup && !r.error_) {
        event.cause = r.take(u"cause"_s, 32, true);
        if (!r.error_ && !isKnownCause(event.cause))
            r.fail(u"cause"_s, u"\"cause\" \"%1\" is not a known hangup cause."_s.arg(event.cause));
    }
    const QStringList users = fields->value(u"user"_s);
    if (users.size() > kMaxUsers)
        r.fail(u"user"_s, u"more than %1 users"_s.arg(kMaxUsers));
    for (const QString& user : users) {
        if (user.size() > kMaxUserChars)
            r.fail(u"user"_s, u"a user is longer than %1 characters."_s.arg(kMaxUserChars));
        else if (!user.trimmed().isEmpty())
            event.users.append(user.trimmed());
    }
    if (r.error_)
        return std::unexpected(*r.error_);
    return event;
}

} // namespace switchboard::server
