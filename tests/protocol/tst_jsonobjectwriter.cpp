// JsonObjectWriter builds the same QJsonObject as QJsonObject::insert() would, so the compact
// text of an entity stays byte for byte what it was: strings of every kind, numbers, times,
// nesting, string maps and objects inserted as they are.
#include "protocol/JsonObjectWriter.h"
#include "protocol/WireTime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

#include <random>

using namespace switchboard::protocol;
using namespace Qt::StringLiterals;

namespace {

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString units(std::initializer_list<char16_t> codeUnits)
{
    QString s;
    for (char16_t c : codeUnits)
        s.append(QChar(c));
    return s;
}

// Strings that need escapes, UTF-8 of every length, and UTF-16 that is not valid Unicode.
QStringList awkwardStrings()
{
    return {
        QString(),
        u"plain ASCII"_s,
        u"quote \" backslash \\ slash /"_s,
        u"line\nfeed\ttab\rreturn\bback\fform"_s,
        units({ 0x0000, 0x0001, 0x001f, 0x007f, u'x' }),
        u"Ayşe Öztürk, Αντώνης Αναγνώστου, 東京"_s,
        u"emoji 😀 and a pair at the end 𝄞"_s,
        units({ 0xfeff, u'b', u'o', u'm' }), // byte order mark first
        units({ u'm', 0xfeff, u'i', u'd' }), // and in the middle
        units({ 0xd800 }), // lone high surrogate
        units({ 0xdc00, u'x' }), // lone low surrogate
        units({ u'x', 0xd83d }), // high surrogate at the end
        units({ 0xd83d, 0xd83d, 0xde00 }), // high, then a pair
        units({ 0xfffe, 0xffff, 0xfdd0, 0x2028, 0xe000 }),
    };
}

} // namespace

class TestJsonObjectWriter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void stringsAsInsertWouldStoreThem()
    {
        for (const QString& s : awkwardStrings()) {
            JsonObjectWriter w;
            w.addString("value"_L1, s);
            QJsonObject expected;
            expected.insert("value"_L1, s);
            const QJsonObject written = w.toObject();
            QCOMPARE(written.value("value"_L1).toString(), s);
            QCOMPARE(compact(written), compact(expected));
        }
    }

    void randomStringsAsInsertWouldStoreThem()
    {
        std::mt19937 random(7);
        std::uniform_int_distribution<int> length(0, 40);
        std::uniform_int_distribution<int> unit(0, 0xffff);
        for (int i = 0; i < 5000; ++i) {
            QString s;
            for (int n = length(random); n > 0; --n)
                s.append(QChar(char16_t(unit(random))));
            JsonObjectWriter w;
            w.addString("value"_L1, s);
            QJsonObject expected;
            expected.insert("value"_L1, s);
            const QJsonObject written = w.toObject();
            QCOMPARE(written, expected);
            QCOMPARE(compact(written), compact(expected));
        }
    }

    void numbersAsTheDoubleTheyAre()
    {
        constexpr qint64 k2p53 = qint64(1) << 53;
        for (qint64 n : { qint64(0), qint64(-1), qint64(42), qint64(1'000'000),
                 qint64(1'000'000'000'000), k2p53 - 1, k2p53, k2p53 + 1, -k2p53, -k2p53 - 1,
                 qint64(123456789012345678), std::numeric_limits<qint64>::max() }) {
            JsonObjectWriter w;
            w.addNumber("n"_L1, n);
            QJsonObject expected;
            expected.insert("n"_L1, static_cast<double>(n));
            QCOMPARE(compact(w.toObject()), compact(expected));
        }
        // Beyond 2^53, which the protocol never carries, Qt spells some doubles with an
        // exponent and a parse reads them back as integers: the same value, spelt out.
        JsonObjectWriter w;
        w.addNumber("n"_L1, 20'000'000'000'000'000);
        QCOMPARE(compact(w.toObject()), "{\"n\":20000000000000000}"_ba);
    }

    void optionalMembersAreAbsent()
    {
        JsonObjectWriter w;
        w.addOptionalNumber("none"_L1, std::nullopt);
        w.addOptionalNumber("some"_L1, 5);
        w.addTime("never"_L1, QDateTime());
        w.addTime("at"_L1, QDateTime(QDate(2026, 11, 24), QTime(8, 15), Qt::UTC));
        QCOMPARE(compact(w.toObject()), R"({"at":"2026-11-24T08:15:00.000Z","some":5})"_ba);
    }

    void nestedObjectsAndArrays()
    {
        const QList<QStringList> rows { { u"a"_s, u"1"_s }, { u"b\""_s, u"2"_s } };
        JsonObjectWriter w;
        w.addString("name"_L1, u"outer"_s);
        w.addObjects("rows"_L1, rows, [](JsonObjectWriter& inner, const QStringList& row) {
            inner.addString("key"_L1, row.at(0));
            inner.addStrings("values"_L1, row);
        });
        w.addObjects("none"_L1, QList<QStringList>(), [](JsonObjectWriter&, const QStringList&) {});
        w.addObject("inner"_L1, [](JsonObjectWriter& inner) { inner.addNumber("depth"_L1, 1); });
        w.addStrings("empty"_L1, {});
        w.addString("after"_L1, u"still at the top"_s);

        QJsonObject row0 { { "key"_L1, u"a"_s }, { "values"_L1, QJsonArray { u"a"_s, u"1"_s } } };
        QJsonObject row1 { { "key"_L1, u"b\""_s },
            { "values"_L1, QJsonArray { u"b\""_s, u"2"_s } } };
        QJsonObject expected { { "name"_L1, u"outer"_s }, { "rows"_L1, QJsonArray { row0, row1 } },
            { "none"_L1, QJsonArray() }, { "inner"_L1, QJsonObject { { "depth"_L1, 1.0 } } },
            { "empty"_L1, QJsonArray() }, { "after"_L1, u"still at the top"_s } };
        const QJsonObject written = w.toObject();
        QCOMPARE(written, expected);
        QCOMPARE(compact(written), compact(expected));
    }

    void stringMapsKeepTheirKeyOrder()
    {
        // Keys from U+D800 up sort differently by UTF-16 unit and by code point.
        const QString emoji = u"😀"_s;
        const QString privateUse = units({ 0xe000 });
        for (const QMap<QString, QString>& map :
            { QMap<QString, QString>(),
                QMap<QString, QString> { { u"contactTime"_s, u"evening"_s }, { u"b\n"_s, u"x"_s } },
                QMap<QString, QString> {
                    { emoji, u"1"_s }, { privateUse, u"2"_s }, { u"a"_s, u"3"_s } } }) {
            JsonObjectWriter w;
            w.addStringMap("map"_L1, map);
            QJsonObject inner;
            for (auto it = map.begin(); it != map.end(); ++it)
                inner.insert(it.key(), it.value());
            QJsonObject expected;
            expected.insert("map"_L1, inner);
            QCOMPARE(compact(w.toObject()), compact(expected));
        }
    }

    void existingObjectsAreInsertedAsTheyAre()
    {
        const QJsonObject payload { { "z"_L1, 1.0 }, { "a"_L1, u"x"_s } };
        JsonObjectWriter w;
        w.addNumber("seq"_L1, 7);
        w.addJsonObject("payload"_L1, payload);
        w.addJsonObject("empty"_L1, QJsonObject());
        const QJsonObject written = w.toObject();
        QCOMPARE(written.value("payload"_L1).toObject(), payload);
        QCOMPARE(compact(written), R"({"empty":{},"payload":{"a":"x","z":1},"seq":7})"_ba);
    }
};

QTEST_GUILESS_MAIN(TestJsonObjectWriter)
#include "tst_jsonobjectwriter.moc"
