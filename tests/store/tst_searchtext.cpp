// The text side of search, without an index: folding (Turkish, Greek, compatibility forms),
// how typed text becomes quoted FTS5 words, phone words, message terms made in two steps,
// and snippets.
#include "protocol/Limits.h"
#include "protocol/Message.h"
#include "store/Database.h"
#include "store/Fts5QueryTokenizer.h"
#include "store/SearchDocument.h"
#include "store/SearchQuery.h"
#include "store/SearchSnippet.h"
#include "store/TextFolding.h"

#include <QTemporaryDir>
#include <QtTest>

#include <optional>

using namespace switchboard::store;
using namespace Qt::StringLiterals;

class SearchTextTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void folds_data();
    void folds();
    void digits();
    void phoneLike_data();
    void phoneLike();
    void queryQuotesEveryWord_data();
    void queryQuotesEveryWord();
    void queryKeepsLastWordAsPrefixUntilSpace();
    void queryIsCutAtMaxSearchChars();
    void queryCapsWords();
    void queryJoinsPhoneDigits_data();
    void queryJoinsPhoneDigits();
    void lastWordStartsAWord_data();
    void lastWordStartsAWord();
    void wordsOf();
    void phoneTerms_data();
    void phoneTerms();
    void snippets();
    void messageTermsWithSubject_data();
    void messageTermsWithSubject();

private:
    QTemporaryDir dir_;
    std::optional<Database> db_;
    std::optional<Fts5QueryTokenizer> tokenizer_;
};

void SearchTextTest::initTestCase()
{
    QVERIFY(dir_.isValid());
    auto db = Database::open(dir_.filePath(u"text.db"_s));
    QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
    db_.emplace(std::move(*db));
    auto tokenizer = Fts5QueryTokenizer::open(*db_);
    QVERIFY2(tokenizer, qPrintable(tokenizer ? QString() : tokenizer.error().message));
    tokenizer_.emplace(std::move(*tokenizer));
}

void SearchTextTest::cleanupTestCase()
{
    tokenizer_.reset();
    db_.reset();
}

void SearchTextTest::folds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("folded");
    QTest::newRow("ascii") << u"Ahmet YILMAZ"_s << u"ahmet yilmaz"_s;
    QTest::newRow("turkish o u") << u"Öztürk"_s << u"ozturk"_s;
    QTest::newRow("dotless i") << u"Işık"_s << u"isik"_s;
    QTest::newRow("dotless I capital") << u"IŞIK"_s << u"isik"_s;
    QTest::newRow("dotted I capital") << u"İSTANBUL İsmail"_s << u"istanbul ismail"_s;
    QTest::newRow("turkish g s c") << u"Doğan Şahin Çelik"_s << u"dogan sahin celik"_s;
    QTest::newRow("greek tonos") << u"Ιωάννου"_s << u"ιωαννου"_s;
    QTest::newRow("greek capitals") << u"ΙΩΆΝΝΟΥ"_s << u"ιωαννου"_s;
    QTest::newRow("greek final sigma") << u"Παπαδόπουλος"_s << u"παπαδοπουλοσ"_s;
    QTest::newRow("greek dialytika") << u"Ϊ ΐ"_s << u"ι ι"_s;
    QTest::newRow("german sharp s") << u"Straße STRASSE"_s << u"strasse strasse"_s;
    QTest::newRow("ligature and width") << u"ﬁle ＡＢＣ"_s << u"file abc"_s;
    QTest::newRow("nordic and polish") << u"Øresund Łódź"_s << u"oresund lodz"_s;
    QTest::newRow("separators kept") << u"a.b@c-d"_s << u"a.b@c-d"_s;
    QTest::newRow("astral kept") << u"x😀y"_s << u"x😀y"_s;
    QTest::newRow("empty") << QString() << QString();
}

void SearchTextTest::folds()
{
    QFETCH(QString, text);
    QFETCH(QString, folded);
    QCOMPARE(TextFolding::fold(text), folded);
    QCOMPARE(TextFolding::fold(folded), folded); // folding is idempotent
}

void SearchTextTest::digits()
{
    QCOMPARE(TextFolding::digits(u"+90 (532) 123-45-67"_s), u"905321234567"_s);
    QCOMPARE(TextFolding::digits(u"٠٥٣٢"_s), u"0532"_s); // Arabic-Indic digits
    QCOMPARE(TextFolding::digits(u"abc"_s), QString());
}

void SearchTextTest::phoneLike_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("phoneLike");
    QTest::newRow("national") << u"0532 123 45 67"_s << true;
    QTest::newRow("e164") << u"+905321234567"_s << true;
    QTest::newRow("punctuated") << u"(0532) 123-45.67 / 8"_s << true;
    QTest::newRow("digits") << u"532"_s << true;
    QTest::newRow("words") << u"ahmet 532"_s << false;
    QTest::newRow("no digit") << u"+ - ( )"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void SearchTextTest::phoneLike()
{
    QFETCH(QString, text);
    QFETCH(bool, phoneLike);
    QCOMPARE(TextFolding::isPhoneLike(text), phoneLike);
}

void SearchTextTest::queryQuotesEveryWord_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("prefixExpression");
    QTest::newRow("one word") << u"Öztürk"_s << QByteArray(R"("ozturk"*)");
    QTest::newRow("two words") << u"ahmet yıl"_s << QByteArray(R"("ahmet" "yil"*)");
    QTest::newRow("quotes") << uR"(say "hi)"_s << QByteArray(R"("say" "hi"*)");
    QTest::newRow("operators") << u"a AND b OR NOT c"_s
                               << QByteArray(R"("a" "and" "b" "or" "not" "c"*)");
    QTest::newRow("near and parens")
        << u"NEAR(ali veli, 2)"_s << QByteArray(R"("near" "ali" "veli" "2"*)");
    QTest::newRow("column filter") << u"body:ali"_s << QByteArray(R"("body" "ali"*)");
    QTest::newRow("caret star minus") << u"^ali* -veli"_s << QByteArray(R"("ali" "veli"*)");
    QTest::newRow("email") << u"Ali.Oz@Mail.com"_s << QByteArray(R"("ali" "oz" "mail" "com"*)");
    QTest::newRow("only syntax") << u"\"*():^-+"_s << QByteArray();
}

void SearchTextTest::queryQuotesEveryWord()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, prefixExpression);
    auto query = SearchQuery::parse(text, *tokenizer_);
    QVERIFY(query);
    QCOMPARE(query->lastAsPrefix(), prefixExpression);
    QCOMPARE(query->isEmpty(), prefixExpression.isEmpty());
}

void SearchTextTest::queryKeepsLastWordAsPrefixUntilSpace()
{
    auto typing = SearchQuery::parse(u"ahmet yil"_s, *tokenizer_);
    QVERIFY(typing);
    QVERIFY(typing->lastWordIsPrefix());
    QCOMPARE(typing->allWhole(), QByteArray(R"("ahmet" "yil")"));
    QCOMPARE(typing->leadingWhole(), QByteArray(R"("ahmet")"));

    auto done = SearchQuery::parse(u"ahmet yilmaz "_s, *tokenizer_);
    QVERIFY(done);
    QVERIFY(!done->lastWordIsPrefix());

    auto one = SearchQuery::parse(u"ali"_s, *tokenizer_);
    QVERIFY(one);
    QCOMPARE(one->leadingWhole(), QByteArray());
}

void SearchTextTest::queryIsCutAtMaxSearchChars()
{
    const QString text = QString(switchboard::protocol::kMaxSearchChars - 2, u'x') + u" tail"_s;
    auto query = SearchQuery::parse(text, *tokenizer_);
    QVERIFY(query);
    QCOMPARE(query->words().size(), 2);
    QCOMPARE(query->words().back(), QByteArray("t")); // " t" fits, "ail" does not

    // A surrogate pair at the cut is not split.
    const QString astral = QString(switchboard::protocol::kMaxSearchChars - 1, u'a') + u"😀"_s;
    QVERIFY(SearchQuery::parse(astral, *tokenizer_));
}

void SearchTextTest::queryCapsWords()
{
    QString text;
    for (int i = 0; i < 40; ++i)
        text += u"w%1 "_s.arg(i);
    text += u"last"_s;
    auto query = SearchQuery::parse(text, *tokenizer_);
    QVERIFY(query);
    QCOMPARE(query->words().size(), SearchQuery::kMaxWords);
    QVERIFY(!query->lastWordIsPrefix()); // the kept words were all followed by more
}

void SearchTextTest::queryJoinsPhoneDigits_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("expression");
    QTest::newRow("national") << u"0532 123 45"_s << QByteArray(R"("53212345"*)");
    QTest::newRow("international") << u"+90 532 123"_s << QByteArray(R"("90532123"*)");
    QTest::newRow("00 prefix") << u"0090 532"_s << QByteArray(R"("90532"*)");
    QTest::newRow("zero alone") << u"0"_s << QByteArray(R"("0"*)");
    QTest::newRow("mixed words") << u"ahmet 0532"_s << QByteArray(R"("ahmet" "532"*)");
    QTest::newRow("number after words") << u"ayşe 0532 12"_s << QByteArray(R"("ayse" "53212"*)");
    QTest::newRow("number inside words")
        << u"ali 0532 veli"_s << QByteArray(R"("ali" "532" "veli"*)");
    QTest::newRow("word ending in digits") << u"ali2 3"_s << QByteArray(R"("ali2" "3"*)");
}

void SearchTextTest::queryJoinsPhoneDigits()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, expression);
    auto query = SearchQuery::parse(text, *tokenizer_, SearchQuery::Digits::AsOneNumber);
    QVERIFY(query);
    QCOMPARE(query->lastAsPrefix(), expression);

    auto asWords = SearchQuery::parse(u"532 123"_s, *tokenizer_);
    QVERIFY(asWords);
    QCOMPARE(asWords->words().size(), 2);
}

void SearchTextTest::lastWordStartsAWord_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("stored");
    QTest::addColumn<bool>("starts");
    QTest::newRow("at start") << u"ahm"_s << u"ahmet yilmaz"_s << true;
    QTest::newRow("second word") << u"yil"_s << u"ahmet yilmaz"_s << true;
    QTest::newRow("inside a word") << u"met"_s << u"ahmet yilmaz"_s << false;
    QTest::newRow("inside then start") << u"ma"_s << u"ahmet yilmaz mavi"_s << true;
    QTest::newRow("after punctuation") << u"com"_s << u"ali@mail.com"_s << true;
    QTest::newRow("after greek letter") << u"σ"_s << u"ιωαννου παπασ"_s << false;
    QTest::newRow("greek start") << u"παπ"_s << u"ιωαννου παπασ"_s << true;
    QTest::newRow("after digit") << u"5"_s << u"9053"_s << false;
    QTest::newRow("missing") << u"zey"_s << u"ahmet yilmaz"_s << false;
}

void SearchTextTest::lastWordStartsAWord()
{
    QFETCH(QString, typed);
    QFETCH(QString, stored);
    QFETCH(bool, starts);
    auto query = SearchQuery::parse(typed, *tokenizer_);
    QVERIFY(query);
    QCOMPARE(SearchQuery::startsAWord(stored.toUtf8(), query->words().back()), starts);
}

void SearchTextTest::wordsOf()
{
    const QByteArray folded = u"\uE000\nayse ozturk\nayse.o@ex.com\nπαπασ 905321"_s.toUtf8();
    QList<QByteArray> words;
    for (QByteArrayView word : SearchQuery::wordsOf(folded))
        words.append(word.toByteArray());
    QCOMPARE(words,
        (QList<QByteArray> { u"\uE000"_s.toUtf8(), "ayse", "ozturk", "ayse", "o", "ex", "com",
            u"παπασ"_s.toUtf8(), "905321" }));
    QVERIFY(SearchQuery::isAWord(folded, u"παπασ"_s.toUtf8()));
    QVERIFY(!SearchQuery::isAWord(folded, u"παπα"_s.toUtf8()));
    QVERIFY(SearchQuery::isAWord(folded, "o"));
}

void SearchTextTest::phoneTerms_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("e164");
    QTest::addColumn<QString>("terms");
    QTest::newRow("turkish") << u"0532 123 45 67"_s << u"+905321234567"_s
                             << u"905321234567 5321234567 1234567 4567"_s;
    QTest::newRow("typed international") << u"+90 532 123 45 67"_s << u"+905321234567"_s
                                         << u"905321234567 5321234567 1234567 4567"_s;
    QTest::newRow("greek") << u"697 123 4567"_s << u"+306971234567"_s
                           << u"306971234567 6971234567 1234567 4567"_s;
    QTest::newRow("us one digit code")
        << u"(212) 555-0100"_s << u"+12125550100"_s << u"12125550100 2125550100 5550100 0100"_s;
    QTest::newRow("three digit code")
        << u"087 123 4567"_s << u"+353871234567"_s << u"353871234567 871234567 1234567 4567"_s;
    QTest::newRow("no e164") << u"0212 444 0 444"_s << QString() << u"2124440444 4440444 0444"_s;
    QTest::newRow("extension kept as typed") << u"0212 444 0444 ext 12"_s << u"+902124440444"_s
                                             << u"902124440444 2124440444 212444044412 "
                                                "4440444 0444"_s;
    QTest::newRow("nothing") << u"n/a"_s << QString() << QString();
}

void SearchTextTest::phoneTerms()
{
    QFETCH(QString, number);
    QFETCH(QString, e164);
    QFETCH(QString, terms);
    QCOMPARE(SearchDocument::phoneTerms(number, e164), terms);
}

void SearchTextTest::snippets()
{
    const QList<QByteArray> words { "ozturk" };
    QCOMPARE(
        SearchSnippet::matchingLine(u"Boğaziçi Lens\nayse.ozturk@example.com\n0532 1"_s, words),
        u"ayse.ozturk@example.com"_s);
    QCOMPARE(SearchSnippet::matchingLine(
                 u"Boğaziçi Lens\n0532 123 45 67\t+905321234567"_s, { "5321234" }),
        u"0532 123 45 67"_s);
    QCOMPARE(SearchSnippet::matchingLine(u"Lens Co\n0532 123 45 67\t+905321234567"_s, { "905321" }),
        u"0532 123 45 67"_s);
    QCOMPARE(SearchSnippet::matchingLine(u"Lens Co\naoz@lens.example"_s, { "aoz", "lens" }),
        u"aoz@lens.example"_s);
    QCOMPARE(SearchSnippet::matchingLine(u"Acme"_s, { "zzz" }), QString());

    const QString body = QString(200, u'x') + u" Sipariş Öztürk bey geldi "_s + QString(200, u'y');
    const QString around = SearchSnippet::around(body, { "siparis" });
    QVERIFY2(around.contains(u"Sipariş Öztürk"_s), qPrintable(around));
    QVERIFY(around.startsWith(QChar(0x2026)));
    QVERIFY(around.endsWith(QChar(0x2026)));
    QVERIFY(around.size() <= SearchSnippet::kMaxChars + 2);
    QCOMPARE(SearchSnippet::around(u"short body"_s, { "nothing" }), u"short body"_s);
}

void SearchTextTest::messageTermsWithSubject_data()
{
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("body");
    QTest::newRow("shared and own words") << u"Kargo gecikmesi"_s << u"Kargo nerede? Gecikme var"_s;
    QTest::newRow("no subject") << QString() << u"b a c a"_s;
    QTest::newRow("no body") << u"Ιωάννου Öztürk"_s << QString();
    QTest::newRow("subject words sort first and last") << u"aaa zzz ıi"_s << u"mmm"_s;
}

void SearchTextTest::messageTermsWithSubject()
{
    // Made ahead without the subject, then given it: the words the whole text has, once
    // each, sorted, as one pass over both would give them.
    QFETCH(QString, subject);
    QFETCH(QString, body);
    switchboard::protocol::Message message;
    message.body = body;
    const QByteArray terms
        = SearchDocument::withSubject(SearchDocument::forMessageBody(message), subject).terms;
    const QString text = QChar(SearchDocument::kEveryRowWord) + u' ' + TextFolding::fold(subject)
        + u' ' + TextFolding::fold(body);
    const QByteArray everything = text.toUtf8();
    QList<QByteArrayView> words = SearchQuery::wordsOf(everything);
    std::sort(words.begin(), words.end());
    words.erase(std::unique(words.begin(), words.end()), words.end());
    QByteArrayList expected;
    for (QByteArrayView word : words)
        expected.append(word.toByteArray());
    QCOMPARE(terms, expected.join(' '));
    QCOMPARE(SearchDocument::forMessage(message, subject).terms, terms);
}

QTEST_GUILESS_MAIN(SearchTextTest)
#include "tst_searchtext.moc"
