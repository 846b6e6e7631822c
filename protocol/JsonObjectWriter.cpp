#include "protocol/JsonObjectWriter.h"

#include "protocol/WireTime.h"

#include <QJsonDocument>
#include <QLocale>

#include <algorithm>
#include <charconv>
#include <type_traits>

namespace switchboard::protocol {

namespace {

// Most entities fit, so the text is rarely reallocated while it grows.
constexpr qsizetype kReservedBytes = 1024;

// Doubles in this range QJsonObject stores, and Qt writes, as integers; beyond it as doubles.
constexpr double kMaxIntegerDouble = 9007199254740992.0; // 2^53

// Escaped although Qt's writer leaves it as it is: the parser keeps a plain UTF-8 string as
// UTF-8, and QString::fromUtf8() drops a byte order mark at the start when the string is read.
constexpr char16_t kByteOrderMark = 0xfeff;

// The most one UTF-16 code unit can take in the text: "\uXXXX".
constexpr qsizetype kMaxBytesPerUnit = 6;

char* putUnicodeEscape(char* out, char16_t c)
{
    constexpr char kHex[] = "0123456789abcdef";
    *out++ = '\\';
    *out++ = 'u';
    *out++ = kHex[(c >> 12) & 0xf];
    *out++ = kHex[(c >> 8) & 0xf];
    *out++ = kHex[(c >> 4) & 0xf];
    *out++ = kHex[c & 0xf];
    return out;
}

// The letter of JSON's two-character escape for `c`, or 0 when it has none.
char shortEscape(char16_t c)
{
    switch (c) {
    case u'"':
        return '"';
    case u'\\':
        return '\\';
    case u'\b':
        return 'b';
    case u'\f':
        return 'f';
    case u'\n':
        return 'n';
    case u'\r':
        return 'r';
    case u'\t':
        return 't';
    default:
        return 0;
    }
}

// Appends the string in quotes, UTF-8, with JSON escapes as Qt's JSON writer makes them: the
// short escapes for quote, backslash and the common controls, \u00XX for the other controls,
// and \uXXXX for a surrogate that is not half of a pair (which UTF-8 cannot carry); and
// the byte order mark escaped too (see kByteOrderMark).
// Bytes are written through a pointer into room made beforehand, because
// QByteArray::append(char) per byte cost more than all the rest of the writer.
template <typename Char> void appendQuoted(QByteArray& text, const Char* begin, const Char* end)
{
    const qsizetype used = text.size();
    text.resize(used + 2 + kMaxBytesPerUnit * (end - begin));
    char* out = text.data() + used;
    *out++ = '"';
    for (const Char* p = begin; p != end; ++p) {
        const char16_t c = char16_t(static_cast<std::make_unsigned_t<Char>>(*p));
        if (c < 0x80) {
            if (const char letter = shortEscape(c)) {
                *out++ = '\\';
                *out++ = letter;
            } else if (c < 0x20) {
                out = putUnicodeEscape(out, c);
            } else {
                *out++ = char(c);
            }
        } else if (c < 0x800) {
            *out++ = char(0xc0 | (c >> 6));
            *out++ = char(0x80 | (c & 0x3f));
        } else if (c == kByteOrderMark) {
            out = putUnicodeEscape(out, c);
        } else if (!QChar::isSurrogate(c)) {
            *out++ = char(0xe0 | (c >> 12));
            *out++ = char(0x80 | ((c >> 6) & 0x3f));
            *out++ = char(0x80 | (c & 0x3f));
        } else if (QChar::isHighSurrogate(c) && p + 1 != end
            && QChar::isLowSurrogate(char16_t(*(p + 1)))) {
            const char32_t u = QChar::surrogateToUcs4(c, char16_t(*++p));
            *out++ = char(0xf0 | (u >> 18));
            *out++ = char(0x80 | ((u >> 12) & 0x3f));
            *out++ = char(0x80 | ((u >> 6) & 0x3f));
            *out++ = char(0x80 | (u & 0x3f));
        } else {
            out = putUnicodeEscape(out, c);
        }
    }
    *out++ = '"';
    text.truncate(out - text.constData());
}

void appendString(QByteArray& text, QStringView s)
{
    appendQuoted(text, s.utf16(), s.utf16() + s.size());
}

void appendString(QByteArray& text, QLatin1StringView s)
{
    appendQuoted(text, s.data(), s.data() + s.size());
}

} // namespace

JsonObjectWriter::JsonObjectWriter()
{
    text_.reserve(kReservedBytes);
    text_ += '{';
}

void JsonObjectWriter::beginMember(QLatin1StringView key)
{
    if (!firstMember_)
        text_ += ',';
    firstMember_ = false;
    appendString(text_, key);
    text_ += ':';
}

void JsonObjectWriter::beginObject()
{
    text_ += '{';
    firstMember_ = true;
    ++depth_;
}

void JsonObjectWriter::endObject()
{
    text_ += '}';
    firstMember_ = false;
    --depth_;
}

void JsonObjectWriter::addString(QLatin1StringView key, QStringView value)
{
    beginMember(key);
    appendString(text_, value);
}

void JsonObjectWriter::addNumber(QLatin1StringView key, qint64 value)
{
    beginMember(key);
    // The protocol has always put numbers in as doubles; spell them as Qt spells that double.
    const double d = static_cast<double>(value);
    if (d >= -kMaxIntegerDouble && d <= kMaxIntegerDouble) {
        char digits[24];
        const auto end = std::to_chars(digits, digits + sizeof(digits), qint64(d)).ptr;
        text_.append(digits, end - digits);
    } else {
        // A parse reads "1e+16" back as an integer, so a number this far outside the
        // protocol's limits (kMaxCounter) may come out spelt "10000000000000000": same value.
        text_ += QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
    }
}

void JsonObjectWriter::addOptionalNumber(QLatin1StringView key, const std::optional<qint64>& value)
{
    if (value)
        addNumber(key, *value);
}

void JsonObjectWriter::addTime(QLatin1StringView key, const QDateTime& time)
{
    if (time.isValid())
        addString(key, toWireTime(time));
}

void JsonObjectWriter::addStrings(QLatin1StringView key, const QStringList& values)
{
    beginMember(key);
    text_ += '[';
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            text_ += ',';
        appendString(text_, values.at(i));
    }
    text_ += ']';
}

void JsonObjectWriter::addStringMap(QLatin1StringView key, const QMap<QString, QString>& map)
{
    // QJsonObject keeps its keys sorted, but by UTF-16 code unit when built with insert() and
    // by code point when parsed; the two orders differ only for keys with a code unit from
    // U+D800 up (surrogates, then U+E000-U+FFFF). Such a map is built with insert(), so its
    // keys come out in the order they always did.
    const auto sortsDifferently = [](const QString& k) {
        return std::any_of(k.begin(), k.end(), [](QChar c) { return c.unicode() >= 0xd800; });
    };
    if (std::any_of(map.keyBegin(), map.keyEnd(), sortsDifferently)) {
        QJsonObject object;
        for (auto it = map.begin(); it != map.end(); ++it)
            object.insert(it.key(), it.value());
        addJsonObject(key, object);
        return;
    }
    beginMember(key);
    text_ += '{';
    for (auto it = map.begin(); it != map.end(); ++it) {
        if (it != map.begin())
            text_ += ',';
        appendString(text_, it.key());
        text_ += ':';
        appendString(text_, it.value());
    }
    text_ += '}';
}

void JsonObjectWriter::addJsonObject(QLatin1StringView key, const QJsonObject& object)
{
    Q_ASSERT_X(
        depth_ == 0, "JsonObjectWriter", "an existing object can only be a top-level member");
    objects_.append({ key, object });
}

QJsonObject JsonObjectWriter::toObject()
{
    Q_ASSERT(depth_ == 0);
    text_ += '}';
    QJsonParseError error;
    QJsonObject object = QJsonDocument::fromJson(text_, &error).object();
    // Cannot fail: the text is well-formed by construction and every QString has a JSON form.
    Q_ASSERT_X(error.error == QJsonParseError::NoError, "JsonObjectWriter",
        qPrintable(error.errorString()));
    for (const auto& [key, value] : std::as_const(objects_))
        object.insert(key, value);
    return object;
}

} // namespace switchboard::protocol
