// What search finds and in which order, over a real SQLite file: Turkish and Greek without
// accents or case, whole words before prefixes, recency among equals, every word required,
// phones by fragments, FTS5 syntax searched as text, and messages by subject and body.
#include "SearchFixture.h"
#include "protocol/Limits.h"

using namespace switchboard;
using namespace switchboard::store;
using namespace switchboard::store::searchtest;
using namespace Qt::StringLiterals;

class SearchRankingTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(f_.open()); }
    void cleanup() { f_.close(); }

    void foldsBothWays_data();
    void foldsBothWays();
    void unicode61AloneDoesNotFoldDotlessI();
    void wholeWordsBeforePrefixes();
    void recencyBreaksTies();
    void undatedCustomersRankLast();
    void everyWordMustMatch();
    void trailingSpaceEndsTheLastWord();
    void phoneFragments_data();
    void phoneFragments();
    void emailsAndCompanyWithSnippets();
    void syntaxIsSearchedAsText_data();
    void syntaxIsSearchedAsText();
    void emptyTextFindsNothing_data();
    void emptyTextFindsNothing();
    void overlongTextIsCut();
    void limitIsRespected();
    void rarePrefixBeyondScanBudget();
    void messagesBySubjectAndBody();
    void messagesNewestFirst();

private:
    SearchFixture f_;
};

void SearchRankingTest::foldsBothWays_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    QTest::addColumn<QString>("typed");
    QTest::newRow("ozturk") << u"Ayşe"_s << u"Öztürk"_s << u"ozturk"_s;
    QTest::newRow("OZTURK") << u"Ayşe"_s << u"Öztürk"_s << u"OZTURK"_s;
    QTest::newRow("ayse ozt") << u"Ayşe"_s << u"Öztürk"_s << u"ayse ozt"_s;
    QTest::newRow("typed with accents, stored without") << u"Ayse"_s << u"Ozturk"_s << u"Öztürk"_s;
    QTest::newRow("isik") << u"Işık"_s << u"Kaya"_s << u"isik"_s;
    QTest::newRow("ISIK") << u"Işık"_s << u"Kaya"_s << u"ISIK"_s;
    QTest::newRow("IŞIK") << u"Işık"_s << u"Kaya"_s << u"IŞIK"_s;
    QTest::newRow("ışık, stored plain") << u"Isik"_s << u"Kaya"_s << u"ışık"_s;
    QTest::newRow("dotted capital") << u"İsmail"_s << u"Kaya"_s << u"ismail"_s;
    QTest::newRow("İSMAİL") << u"Ismail"_s << u"Kaya"_s << u"İSMAİL"_s;
    QTest::newRow("ιωαννου") << u"Μαρία"_s << u"Ιωάννου"_s << u"ιωαννου"_s;
    QTest::newRow("ΙΩΑΝΝΟΥ") << u"Μαρία"_s << u"Ιωάννου"_s << u"ΙΩΑΝΝΟΥ"_s;
    QTest::newRow("ιωάννου prefix") << u"Μαρία"_s << u"ΙΩΑΝΝΟΥ"_s << u"Ιωάν"_s;
    QTest::newRow("final sigma typed as sigma")
        << u"Νίκος"_s << u"Παπαδόπουλος"_s << u"παπαδοπουλοσ"_s;
    QTest::newRow("final sigma typed final")
        << u"Νίκος"_s << u"ΠΑΠΑΔΟΠΟΥΛΟΣ"_s << u"παπαδόπουλος"_s;
    QTest::newRow("greek first name") << u"Νίκος"_s << u"Βλάχος"_s << u"ΝΙΚΟΣ"_s;
}

void SearchRankingTest::foldsBothWays()
{
    QFETCH(QString, first);
    QFETCH(QString, last);
    QFETCH(QString, typed);
    QVERIFY(f_.indexCustomers(
        { customer(u"c1"_s, first, last, 10), customer(u"c2"_s, u"Other"_s, u"Person"_s, 20) }));
    QCOMPARE(f_.customerIds(typed), QStringList { u"c1"_s });
}

void SearchRankingTest::unicode61AloneDoesNotFoldDotlessI()
{
    // Why TextFolding exists: the tokenizer the index uses does not map ı to i.
    QVERIFY(f_.db().exec("CREATE VIRTUAL TABLE plain USING fts5(t,"
                         " tokenize='unicode61 remove_diacritics 2');"
                         "INSERT INTO plain VALUES('Işık Öztürk');"));
    QCOMPARE(f_.count("SELECT count(*) FROM plain WHERE plain MATCH 'isik'"), 0);
    QCOMPARE(f_.count("SELECT count(*) FROM plain WHERE plain MATCH 'ozturk'"), 1);
    QVERIFY(f_.indexCustomers({ customer(u"c1"_s, u"Işık"_s, u"Öztürk"_s, 1) }));
    QCOMPARE(f_.customerIds(u"isik"_s), QStringList { u"c1"_s });
}

void SearchRankingTest::wholeWordsBeforePrefixes()
{
    QVERIFY(f_.indexCustomers({ customer(u"alican"_s, u"Alican"_s, u"Demir"_s, 300),
        customer(u"ali"_s, u"Ali"_s, u"Veli"_s, 100),
        customer(u"alize"_s, u"Alize"_s, u"Kaya"_s, 200) }));
    auto hits = f_.index().searchCustomers(u"ali"_s);
    QVERIFY(hits);
    QCOMPARE(idsOf(*hits), (QStringList { u"ali"_s, u"alican"_s, u"alize"_s }));
    QVERIFY(hits->at(0).exact);
    QVERIFY(!hits->at(1).exact);
    QCOMPARE(hits->at(0).title, u"Ali Veli"_s);
    QCOMPARE(hits->at(0).customerId, u"ali"_s);
    QCOMPARE(hits->at(0).kind, SearchHit::Kind::Customer);
    QCOMPARE(hits->at(0).lastContactAt, at(100));
}

void SearchRankingTest::recencyBreaksTies()
{
    // Indexed oldest last, so the order cannot come from the order of indexing.
    QVERIFY(f_.indexCustomers({ customer(u"new"_s, u"Mehmet"_s, u"Kaya"_s, 500),
        customer(u"mid"_s, u"Mehmet"_s, u"Demir"_s, 300),
        customer(u"old"_s, u"Mehmet"_s, u"Can"_s, 100) }));
    QVERIFY(f_.indexCustomers({ customer(u"older"_s, u"Mehmet"_s, u"Şen"_s, 50) }));
    QCOMPARE(
        f_.customerIds(u"mehmet"_s), (QStringList { u"new"_s, u"mid"_s, u"old"_s, u"older"_s }));
    QCOMPARE(f_.customerIds(u"meh"_s), (QStringList { u"new"_s, u"mid"_s, u"old"_s, u"older"_s }));
}

void SearchRankingTest::undatedCustomersRankLast()
{
    protocol::Customer never = customer(u"never"_s, u"Zeynep"_s, u"Kara"_s, 0);
    never.lastContactAt = QDateTime();
    QVERIFY(f_.indexCustomers({ never, customer(u"once"_s, u"Zeynep"_s, u"Ak"_s, -100000) }));
    auto hits = f_.index().searchCustomers(u"zeynep"_s);
    QVERIFY(hits);
    QCOMPARE(idsOf(*hits), (QStringList { u"once"_s, u"never"_s }));
    QVERIFY(!hits->at(1).lastContactAt.isValid());
}

void SearchRankingTest::everyWordMustMatch()
{
    QVERIFY(f_.indexCustomers({ customer(u"ay"_s, u"Ahmet"_s, u"Yılmaz"_s, 10),
        customer(u"ak"_s, u"Ahmet"_s, u"Kaya"_s, 20),
        customer(u"my"_s, u"Mehmet"_s, u"Yılmaz"_s, 30) }));
    QCOMPARE(f_.customerIds(u"ahmet yil"_s), QStringList { u"ay"_s });
    QCOMPARE(f_.customerIds(u"yilmaz ahm"_s), QStringList { u"ay"_s });
    QCOMPARE(f_.customerIds(u"AHMET YILMAZ"_s), QStringList { u"ay"_s });
    QCOMPARE(f_.customerIds(u"yılmaz"_s), (QStringList { u"my"_s, u"ay"_s }));
    // Leading words are whole words: "ahm" is not yet a word.
    QCOMPARE(f_.customerIds(u"ahm yilmaz"_s), QStringList());
}

void SearchRankingTest::trailingSpaceEndsTheLastWord()
{
    QVERIFY(f_.indexCustomers({ customer(u"ali"_s, u"Ali"_s, u"Veli"_s, 10),
        customer(u"alican"_s, u"Alican"_s, u"Demir"_s, 20) }));
    QCOMPARE(f_.customerIds(u"ali"_s), (QStringList { u"ali"_s, u"alican"_s }));
    QCOMPARE(f_.customerIds(u"ali "_s), QStringList { u"ali"_s });
}

void SearchRankingTest::phoneFragments_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("found");
    QTest::newRow("as typed") << u"0532 123 45 67"_s << true;
    QTest::newRow("as typed, part") << u"0532 123"_s << true;
    QTest::newRow("without trunk 0") << u"532 123"_s << true;
    QTest::newRow("digits only") << u"5321234"_s << true;
    QTest::newRow("e164 digits") << u"905321234567"_s << true;
    QTest::newRow("e164") << u"+905321234567"_s << true;
    QTest::newRow("e164 spaced") << u"+90 532 123"_s << true;
    QTest::newRow("00 prefix") << u"0090 532 123 45 67"_s << true;
    QTest::newRow("punctuated") << u"(0532) 123-45-67"_s << true;
    QTest::newRow("last seven") << u"123 45 67"_s << true;
    QTest::newRow("last four") << u"4567"_s << true;
    QTest::newRow("with name") << u"ayşe 0532 12"_s << true;
    QTest::newRow("with name, e164") << u"ayşe +90 532"_s << true;
    QTest::newRow("with other name") << u"can 0532"_s << false;
    QTest::newRow("other number") << u"0533 123"_s << false;
    QTest::newRow("middle digits") << u"2345"_s << false;
}

void SearchRankingTest::phoneFragments()
{
    QFETCH(QString, typed);
    QFETCH(bool, found);
    protocol::Customer c = customer(u"c1"_s, u"Ayşe"_s, u"Öztürk"_s, 10);
    c.phones.append({ u"0532 123 45 67"_s, u"+905321234567"_s, u"mobile"_s });
    protocol::Customer other = customer(u"c2"_s, u"Can"_s, u"Ak"_s, 20);
    other.phones.append({ u"0212 444 01 02"_s, u"+902124440102"_s, u"work"_s });
    QVERIFY(f_.indexCustomers({ c, other }));
    auto hits = f_.index().searchCustomers(typed);
    QVERIFY(hits);
    QCOMPARE(idsOf(*hits), found ? QStringList { u"c1"_s } : QStringList());
    if (found)
        QCOMPARE(hits->front().snippet, u"0532 123 45 67"_s);
}

void SearchRankingTest::emailsAndCompanyWithSnippets()
{
    protocol::Customer c = customer(u"c1"_s, u"Ayşe"_s, u"Öztürk"_s, 10);
    c.company = u"Boğaziçi Lens"_s;
    c.emails = { u"ayse.o@example.com.tr"_s, u"aoz@lens.example"_s };
    QVERIFY(f_.indexCustomers({ c, customer(u"c2"_s, u"Can"_s, u"Ak"_s, 20) }));
    auto byEmail = f_.index().searchCustomers(u"aoz@lens"_s);
    QVERIFY(byEmail);
    QCOMPARE(idsOf(*byEmail), QStringList { u"c1"_s });
    QCOMPARE(byEmail->front().snippet, u"aoz@lens.example"_s);
    auto byCompany = f_.index().searchCustomers(u"bogazici"_s);
    QVERIFY(byCompany);
    QCOMPARE(idsOf(*byCompany), QStringList { u"c1"_s });
    QCOMPARE(byCompany->front().snippet, u"Boğaziçi Lens"_s);
    auto byName = f_.index().searchCustomers(u"ayse"_s);
    QVERIFY(byName);
    QCOMPARE(byName->front().snippet, u"ayse.o@example.com.tr"_s); // the email starts with it too
    auto bySurname = f_.index().searchCustomers(u"ozturk"_s);
    QVERIFY(bySurname);
    QCOMPARE(bySurname->front().snippet, QString()); // only the name matched
}

void SearchRankingTest::syntaxIsSearchedAsText_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("findsAli");
    QTest::newRow("lone quote") << u"\""_s << false;
    QTest::newRow("two quotes") << u"\"\""_s << false;
    QTest::newRow("open quote") << u"\"ali"_s << true;
    QTest::newRow("close quote") << u"ali\""_s << true;
    QTest::newRow("quoted phrase") << u"\"ali veli\""_s << true;
    QTest::newRow("star") << u"*"_s << false;
    QTest::newRow("prefix star") << u"ali*"_s << true;
    QTest::newRow("leading star") << u"*ali"_s << true;
    QTest::newRow("AND") << u"ali AND veli"_s << false; // "and" must be a word of the row
    QTest::newRow("OR") << u"ali OR zzz"_s << false;
    QTest::newRow("NOT") << u"ali NOT veli"_s << false;
    QTest::newRow("NOT alone") << u"NOT"_s << false;
    QTest::newRow("NEAR") << u"NEAR(ali veli)"_s << false;
    QTest::newRow("NEAR with distance") << u"NEAR(ali veli, 5)"_s << false;
    QTest::newRow("open paren") << u"(ali"_s << true;
    QTest::newRow("close paren") << u"ali)"_s << true;
    QTest::newRow("unbalanced") << u"((ali veli"_s << true;
    QTest::newRow("lone minus") << u"-"_s << false;
    QTest::newRow("minus word") << u"-ali"_s << true;
    QTest::newRow("colon") << u":"_s << false;
    QTest::newRow("column filter") << u"terms:ali"_s << false;
    QTest::newRow("body filter") << u"body:ali"_s << false;
    QTest::newRow("column set") << u"{terms}: ali"_s << false;
    QTest::newRow("caret") << u"^"_s << false;
    QTest::newRow("caret word") << u"^ali"_s << true;
    QTest::newRow("plus") << u"ali + veli"_s << true;
    QTest::newRow("sql") << u"ali'; DROP TABLE search_customer; --"_s << false;
    QTest::newRow("percent underscore") << u"a%_"_s << true; // "a" is a prefix of "ali"
    QTest::newRow("backslash") << u"\\ali"_s << true;
    QTest::newRow("nul") << QString(QChar(0)) + u"ali"_s << true;
    QTest::newRow("private use") << QString(QChar(0xE000)) << false;
    QTest::newRow("lone surrogate") << QString(QChar(0xD800)) + u"ali"_s << true;
}

void SearchRankingTest::syntaxIsSearchedAsText()
{
    QFETCH(QString, typed);
    QFETCH(bool, findsAli);
    QVERIFY(f_.indexCustomers({ customer(u"ali"_s, u"Ali"_s, u"Veli"_s, 10) }));
    QVERIFY(
        f_.indexMessages({ { message(u"m1"_s, u"ali"_s, u"ali veli was here"_s, 10), u"Hi"_s } }));
    auto customers = f_.index().searchCustomers(typed);
    QVERIFY2(customers, qPrintable(customers ? QString() : customers.error().message));
    auto messages = f_.index().searchMessages(typed);
    QVERIFY2(messages, qPrintable(messages ? QString() : messages.error().message));
    if (QChar(0xE000) == typed.front()) {
        // The marker word every row carries: typing it is pointless, but harmless.
        QVERIFY(customers->size() <= 1);
        return;
    }
    QCOMPARE(idsOf(*customers), findsAli ? QStringList { u"ali"_s } : QStringList());
    QCOMPARE(f_.count("SELECT count(*) FROM search_customer"), 1);
}

void SearchRankingTest::emptyTextFindsNothing_data()
{
    QTest::addColumn<QString>("typed");
    QTest::newRow("null") << QString();
    QTest::newRow("empty") << u""_s;
    QTest::newRow("spaces") << u"   "_s;
    QTest::newRow("tabs and newlines") << u"\t\n \r"_s;
    QTest::newRow("only punctuation") << u".,;!?"_s;
}

void SearchRankingTest::emptyTextFindsNothing()
{
    QFETCH(QString, typed);
    QVERIFY(f_.indexCustomers({ customer(u"ali"_s, u"Ali"_s, u"Veli"_s, 10) }));
    auto customers = f_.index().searchCustomers(typed);
    QVERIFY(customers);
    QVERIFY(customers->isEmpty());
    auto messages = f_.index().searchMessages(typed);
    QVERIFY(messages);
    QVERIFY(messages->isEmpty());
}

void SearchRankingTest::overlongTextIsCut()
{
    QVERIFY(f_.indexCustomers({ customer(u"ali"_s, u"Ali"_s, u"Veli"_s, 10) }));
    // Within the limit "ali" is searched; beyond it, "zzz" would have found nothing.
    const QString typed = u"ali"_s + QString(protocol::kMaxSearchChars, u' ') + u"zzz"_s;
    QCOMPARE(f_.customerIds(typed), QStringList { u"ali"_s });
    QCOMPARE(f_.customerIds(QString(100000, u'a')), QStringList());
}

void SearchRankingTest::limitIsRespected()
{
    QList<protocol::Customer> many;
    for (int i = 0; i < 30; ++i)
        many.append(customer(u"c%1"_s.arg(i), u"Elif"_s, u"Kaya"_s, i));
    QVERIFY(f_.indexCustomers(many));
    QCOMPARE(f_.customerIds(u"elif"_s).size(), 20);
    QCOMPARE(f_.customerIds(u"elif"_s, 5),
        (QStringList { u"c29"_s, u"c28"_s, u"c27"_s, u"c26"_s, u"c25"_s }));
    QCOMPARE(f_.customerIds(u"eli"_s, 0), QStringList());
    QCOMPARE(f_.customerIds(u"eli"_s, -1), QStringList());
    QCOMPARE(f_.customerIds(u"eli"_s, 1000).size(), 30);
}

void SearchRankingTest::rarePrefixBeyondScanBudget()
{
    // More recent rows than one scan reads, none of them starting with "zey": the search
    // must still reach the old Zeynep, through FTS5's own prefix query.
    RankedSearch::Tuning probeThenMerge;
    probeThenMerge.scanCap = 100;
    probeThenMerge.probeRows = 20;
    probeThenMerge.mergeCostPerRow = 50; // above a probe, below the scan a probe projects
    f_.reopenIndex(probeThenMerge);
    QList<protocol::Customer> many;
    for (int i = 0; i < 150; ++i)
        many.append(customer(u"f%1"_s.arg(i), u"Filiz"_s, u"Kaya%1"_s.arg(i), 1000 + i));
    many.append(customer(u"old"_s, u"Zeynep"_s, u"Kaya"_s, 1));
    many.append(customer(u"older"_s, u"Zeynepgül"_s, u"Ak"_s, 0));
    QVERIFY(f_.indexCustomers(many));
    QCOMPARE(f_.customerIds(u"zey"_s), (QStringList { u"old"_s, u"older"_s }));
    QCOMPARE(f_.customerIds(u"zeynep"_s), (QStringList { u"old"_s, u"older"_s }));
    QCOMPARE(f_.customerIds(u"filiz zey"_s), QStringList());
    QCOMPARE(f_.customerIds(u"kaya zey"_s), QStringList { u"old"_s });
    QCOMPARE(f_.customerIds(u"fil"_s, 3), (QStringList { u"f149"_s, u"f148"_s, u"f147"_s }));
    // Whole-word matches come first even when older than the first prefix matches.
    QCOMPARE(f_.customerIds(u"kaya"_s, 2), (QStringList { u"old"_s, u"f149"_s }));
}

void SearchRankingTest::messagesBySubjectAndBody()
{
    QVERIFY(f_.indexMessages({ { message(u"m1"_s, u"c1"_s,
                                     u"Merhaba, siparişim hâlâ gelmedi. Kargo takip numarası "
                                     "çalışmıyor."_s,
                                     10),
                                   u"Kargo gecikmesi"_s },
        { message(u"m2"_s, u"c2"_s, u"Η παραγγελία μου δεν έφτασε"_s, 20), u"Παραγγελία"_s } }));
    auto bySubject = f_.index().searchMessages(u"gecikme"_s);
    QVERIFY(bySubject);
    QCOMPARE(idsOf(*bySubject), QStringList { u"m1"_s });
    QCOMPARE(bySubject->front().title, u"Kargo gecikmesi"_s);
    QCOMPARE(bySubject->front().customerId, u"c1"_s);
    QCOMPARE(bySubject->front().kind, SearchHit::Kind::Message);
    QCOMPARE(bySubject->front().lastContactAt, at(10));

    auto byBody = f_.index().searchMessages(u"siparisim"_s);
    QVERIFY(byBody);
    QCOMPARE(idsOf(*byBody), QStringList { u"m1"_s });
    QVERIFY(byBody->front().exact);
    QVERIFY2(byBody->front().snippet.contains(u"siparişim"_s), qPrintable(byBody->front().snippet));
    QCOMPARE(f_.messageIds(u"ΠΑΡΑΓΓΕΛΙΑ"_s), QStringList { u"m2"_s });
    QCOMPARE(f_.messageIds(u"εφτασ"_s), QStringList { u"m2"_s });
    QCOMPARE(f_.messageIds(u"kargo calismiyor"_s), QStringList { u"m1"_s });
    QCOMPARE(f_.messageIds(u"kargo παραγγελια"_s), QStringList());
}

void SearchRankingTest::messagesNewestFirst()
{
    QVERIFY(f_.indexMessages({ { message(u"m1"_s, u"c1"_s, u"refund please"_s, 10), u"Refund"_s },
        { message(u"m3"_s, u"c1"_s, u"refund again"_s, 30), u"Refund"_s },
        { message(u"m2"_s, u"c2"_s, u"refunded?"_s, 20), u"Money"_s } }));
    QCOMPARE(f_.messageIds(u"refund"_s), (QStringList { u"m3"_s, u"m1"_s, u"m2"_s }));
    QCOMPARE(f_.messageIds(u"ref"_s), (QStringList { u"m3"_s, u"m2"_s, u"m1"_s }));
    // One character typed looks for people; messages start at the second. A whole word of
    // one character, or one after other words, is searched as usual.
    QCOMPARE(f_.messageIds(u"r"_s), QStringList());
    QCOMPARE(f_.messageIds(u"re"_s), (QStringList { u"m3"_s, u"m2"_s, u"m1"_s }));
    QVERIFY(f_.indexMessages({ { message(u"m4"_s, u"c2"_s, u"a refund"_s, 40), u"A"_s } }));
    QCOMPARE(f_.messageIds(u"a "_s), QStringList { u"m4"_s });
    QCOMPARE(f_.messageIds(u"refund a"_s), (QStringList { u"m4"_s, u"m3"_s }));
}

QTEST_GUILESS_MAIN(SearchRankingTest)
#include "tst_searchranking.moc"
