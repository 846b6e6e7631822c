// The search index over a real SQLite file: Turkish and Greek found without accents or
// case, whole words before prefixes, recency among equals, phones by fragments, FTS5 syntax
// searched as text, and the index kept right through re-index, removal, merges, rollbacks
// and a randomized run checked against a brute-force model.
#include "store/Database.h"
#include "store/RankedSearch.h"
#include "store/SearchIndex.h"
#include "store/TextFolding.h"
#include "store/Transaction.h"

#include "protocol/Customer.h"
#include "protocol/Limits.h"
#include "protocol/Message.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <map>
#include <optional>

using namespace switchboard;
using namespace switchboard::store;
using namespace Qt::StringLiterals;

namespace {

QDateTime at(qint64 minutes)
{
    return QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC).addSecs(minutes * 60);
}

protocol::Customer customer(const QString& id, const QString& first, const QString& last,
                            qint64 contactedAtMinute)
{
    protocol::Customer c;
    c.id = id;
    c.firstName = first;
    c.lastName = last;
    c.lastContactAt = at(contactedAtMinute);
    return c;
}

protocol::Message message(const QString& id, const QString& customerId, const QString& body,
                          qint64 sentAtMinute)
{
    protocol::Message m;
    m.id = id;
    m.conversationId = u"con-"_s + id;
    m.customerId = customerId;
    m.body = body;
    m.sentAt = at(sentAtMinute);
    return m;
}

// The words of `text` as the index holds them, for the brute-force model.
QStringList foldedWords(const QString& text)
{
    QStringList words;
    QString word;
    for (QChar c : TextFolding::fold(text)) {
        if (c.isLetterOrNumber()) {
            word += c;
        } else if (!word.isEmpty()) {
            words.append(word);
            word.clear();
        }
    }
    if (!word.isEmpty())
        words.append(word);
    return words;
}

QStringList idsOf(const QList<SearchHit>& hits)
{
    QStringList ids;
    for (const SearchHit& hit : hits)
        ids.append(hit.id);
    return ids;
}

} // namespace

class SearchIndexTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

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
    void removedCustomerIsGone();
    void newerContactMovesUp();
    void changedNameReplacesWords();
    void unchangedReindexStagesNothing();
    void severalChangesInOneTransaction();
    void rollbackDropsStagedChanges();
    void changesAreSearchableAfterFlush();
    void rarePrefixBeyondScanBudget();
    void messagesBySubjectAndBody();
    void messagesNewestFirst();
    void removedMessageIsGone();
    void movedMessagesFollowTheSurvivor();
    void randomizedAgainstModel_data();
    void randomizedAgainstModel();

private:
    bool indexCustomers(const QList<protocol::Customer>& customers);
    bool indexMessages(const QList<std::pair<protocol::Message, QString>>& messages);
    QStringList customerIds(const QString& text, int limit = 20);
    QStringList messageIds(const QString& text, int limit = 20);
    qint64 count(const char* sql);
    bool ftsIntact();

    std::optional<QTemporaryDir> dir_;
    std::optional<Database> db_;
    std::optional<SearchIndex> index_;
};

void SearchIndexTest::init()
{
    dir_.emplace();
    QVERIFY(dir_->isValid());
    auto db = Database::open(dir_->filePath(u"search.db"_s));
    QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
    db_.emplace(std::move(*db));
    for (const QString& statement : SearchIndex::schemaStatements()) {
        auto done = db_->exec(statement.toUtf8().constData());
        QVERIFY2(done, qPrintable(done ? QString() : done.error().message));
    }
    index_.emplace(*db_);
}

void SearchIndexTest::cleanup()
{
    index_.reset();
    db_.reset();
    dir_.reset();
}

bool SearchIndexTest::indexCustomers(const QList<protocol::Customer>& customers)
{
    auto transaction = Transaction::begin(*db_);
    if (!transaction)
        return false;
    for (const auto& c : customers) {
        if (auto done = index_->indexCustomer(c); !done) {
            qWarning() << done.error().message;
            return false;
        }
    }
    return index_->flush() && transaction->commit();
}

bool SearchIndexTest::indexMessages(const QList<std::pair<protocol::Message, QString>>& messages)
{
    auto transaction = Transaction::begin(*db_);
    if (!transaction)
        return false;
    for (const auto& [m, subject] : messages) {
        if (auto done = index_->indexMessage(m, subject); !done) {
            qWarning() << done.error().message;
            return false;
        }
    }
    return index_->flush() && transaction->commit();
}

QStringList SearchIndexTest::customerIds(const QString& text, int limit)
{
    auto hits = index_->searchCustomers(text, limit);
    if (!hits) {
        qWarning() << "search failed:" << text << hits.error().message;
        return {u"<error>"_s};
    }
    return idsOf(*hits);
}

QStringList SearchIndexTest::messageIds(const QString& text, int limit)
{
    auto hits = index_->searchMessages(text, limit);
    if (!hits) {
        qWarning() << "search failed:" << text << hits.error().message;
        return {u"<error>"_s};
    }
    return idsOf(*hits);
}

qint64 SearchIndexTest::count(const char* sql)
{
    auto statement = db_->prepare(sql);
    if (!statement || !statement->step().value_or(false))
        return -1;
    return statement->int64(0);
}

bool SearchIndexTest::ftsIntact()
{
    return db_->exec("INSERT INTO search_customer_fts(search_customer_fts) VALUES('integrity-check');"
                     "INSERT INTO search_message_fts(search_message_fts) VALUES('integrity-check');")
        .has_value();
}

void SearchIndexTest::foldsBothWays_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    QTest::addColumn<QString>("typed");
    QTest::newRow("ozturk") << u"Ayşe"_s << u"Öztürk"_s << u"ozturk"_s;
    QTest::newRow("OZTURK") << u"Ayşe"_s << u"Öztürk"_s << u"OZTURK"_s;
    QTest::newRow("ayse ozt") << u"Ayşe"_s << u"Öztürk"_s << u"ayse ozt"_s;
    QTest::newRow("typed with accents, stored without") << u"Ayse"_s << u"Ozturk"_s
                                                        << u"Öztürk"_s;
    QTest::newRow("isik") << u"Işık"_s << u"Kaya"_s << u"isik"_s;
    QTest::newRow("ISIK") << u"Işık"_s << u"Kaya"_s << u"ISIK"_s;
    QTest::newRow("IŞIK") << u"Işık"_s << u"Kaya"_s << u"IŞIK"_s;
    QTest::newRow("ışık, stored plain") << u"Isik"_s << u"Kaya"_s << u"ışık"_s;
    QTest::newRow("dotted capital") << u"İsmail"_s << u"Kaya"_s << u"ismail"_s;
    QTest::newRow("İSMAİL") << u"Ismail"_s << u"Kaya"_s << u"İSMAİL"_s;
    QTest::newRow("ιωαννου") << u"Μαρία"_s << u"Ιωάννου"_s << u"ιωαννου"_s;
    QTest::newRow("ΙΩΑΝΝΟΥ") << u"Μαρία"_s << u"Ιωάννου"_s << u"ΙΩΑΝΝΟΥ"_s;
    QTest::newRow("ιωάννου prefix") << u"Μαρία"_s << u"ΙΩΑΝΝΟΥ"_s << u"Ιωάν"_s;
    QTest::newRow("final sigma typed as sigma") << u"Νίκος"_s << u"Παπαδόπουλος"_s
                                                << u"παπαδοπουλοσ"_s;
    QTest::newRow("final sigma typed final") << u"Νίκος"_s << u"ΠΑΠΑΔΟΠΟΥΛΟΣ"_s
                                             << u"παπαδόπουλος"_s;
    QTest::newRow("greek first name") << u"Νίκος"_s << u"Βλάχος"_s << u"ΝΙΚΟΣ"_s;
}

void SearchIndexTest::foldsBothWays()
{
    QFETCH(QString, first);
    QFETCH(QString, last);
    QFETCH(QString, typed);
    QVERIFY(indexCustomers({customer(u"c1"_s, first, last, 10),
                            customer(u"c2"_s, u"Other"_s, u"Person"_s, 20)}));
    QCOMPARE(customerIds(typed), QStringList{u"c1"_s});
}

void SearchIndexTest::unicode61AloneDoesNotFoldDotlessI()
{
    // Why TextFolding exists: the tokenizer the index uses does not map ı to i.
    QVERIFY(db_->exec("CREATE VIRTUAL TABLE plain USING fts5(t,"
                      " tokenize='unicode61 remove_diacritics 2');"
                      "INSERT INTO plain VALUES('Işık Öztürk');"));
    QCOMPARE(count("SELECT count(*) FROM plain WHERE plain MATCH 'isik'"), 0);
    QCOMPARE(count("SELECT count(*) FROM plain WHERE plain MATCH 'ozturk'"), 1);
    QVERIFY(indexCustomers({customer(u"c1"_s, u"Işık"_s, u"Öztürk"_s, 1)}));
    QCOMPARE(customerIds(u"isik"_s), QStringList{u"c1"_s});
}

void SearchIndexTest::wholeWordsBeforePrefixes()
{
    QVERIFY(indexCustomers({customer(u"alican"_s, u"Alican"_s, u"Demir"_s, 300),
                            customer(u"ali"_s, u"Ali"_s, u"Veli"_s, 100),
                            customer(u"alize"_s, u"Alize"_s, u"Kaya"_s, 200)}));
    auto hits = index_->searchCustomers(u"ali"_s);
    QVERIFY(hits);
    QCOMPARE(idsOf(*hits), (QStringList{u"ali"_s, u"alican"_s, u"alize"_s}));
    QVERIFY(hits->at(0).exact);
    QVERIFY(!hits->at(1).exact);
    QCOMPARE(hits->at(0).title, u"Ali Veli"_s);
    QCOMPARE(hits->at(0).customerId, u"ali"_s);
    QCOMPARE(hits->at(0).kind, SearchHit::Kind::Customer);
    QCOMPARE(hits->at(0).lastContactAt, at(100));
}

void SearchIndexTest::recencyBreaksTies()
{
    // Indexed oldest last, so the order cannot come from the order of indexing.
    QVERIFY(indexCustomers({customer(u"new"_s, u"Mehmet"_s, u"Kaya"_s, 500),
                            customer(u"mid"_s, u"Mehmet"_s, u"Demir"_s, 300),
                            customer(u"old"_s, u"Mehmet"_s, u"Can"_s, 100)}));
    QVERIFY(indexCustomers({customer(u"older"_s, u"Mehmet"_s, u"Şen"_s, 50)}));
    QCOMPARE(customerIds(u"mehmet"_s),
             (QStringList{u"new"_s, u"mid"_s, u"old"_s, u"older"_s}));
    QCOMPARE(customerIds(u"meh"_s), (QStringList{u"new"_s, u"mid"_s, u"old"_s, u"older"_s}));
}

void SearchIndexTest::undatedCustomersRankLast()
{
    protocol::Customer never = customer(u"never"_s, u"Zeynep"_s, u"Kara"_s, 0);
    never.lastContactAt = QDateTime();
    QVERIFY(indexCustomers({never, customer(u"once"_s, u"Zeynep"_s, u"Ak"_s, -100000)}));
    auto hits = index_->searchCustomers(u"zeynep"_s);
    QVERIFY(hits);
    QCOMPARE(idsOf(*hits), (QStringList{u"once"_s, u"never"_s}));
    QVERIFY(!hits->at(1).lastContactAt.isValid());
}

void SearchIndexTest::everyWordMustMatch()
{
    QVERIFY(indexCustomers({customer(u"ay"_s, u"Ahmet"_s, u"Yılmaz"_s, 10),
                            customer(u"ak"_s, u"Ahmet"_s, u"Kaya"_s, 20),
                            customer(u"my"_s, u"Mehmet"_s, u"Yılmaz"_s, 30)}));
    QCOMPARE(customerIds(u"ahmet yil"_s), QStringList{u"ay"_s});
    QCOMPARE(customerIds(u"yilmaz ahm"_s), QStringList{u"ay"_s});
    QCOMPARE(customerIds(u"AHMET YILMAZ"_s), QStringList{u"ay"_s});
    QCOMPARE(customerIds(u"yılmaz"_s), (QStringList{u"my"_s, u"ay"_s}));
    // Leading words are whole words: "ahm" is not yet a word.
    QCOMPARE(customerIds(u"ahm yilmaz"_s), QStringList());
}

void SearchIndexTest::trailingSpaceEndsTheLastWord()
{
    QVERIFY(indexCustomers({customer(u"ali"_s, u"Ali"_s, u"Veli"_s, 10),
                            customer(u"alican"_s, u"Alican"_s, u"Demir"_s, 20)}));
    QCOMPARE(customerIds(u"ali"_s), (QStringList{u"ali"_s, u"alican"_s}));
    QCOMPARE(customerIds(u"ali "_s), QStringList{u"ali"_s});
}

void SearchIndexTest::phoneFragments_data()
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

void SearchIndexTest::phoneFragments()
{
    QFETCH(QString, typed);
    QFETCH(bool, found);
    protocol::Customer c = customer(u"c1"_s, u"Ayşe"_s, u"Öztürk"_s, 10);
    c.phones.append({u"0532 123 45 67"_s, u"+905321234567"_s, u"mobile"_s});
    protocol::Customer other = customer(u"c2"_s, u"Can"_s, u"Ak"_s, 20);
    other.phones.append({u"0212 444 01 02"_s, u"+902124440102"_s, u"work"_s});
    QVERIFY(indexCustomers({c, other}));
    auto hits = index_->searchCustomers(typed);
    QVERIFY(hits);
    QCOMPARE(idsOf(*hits), found ? QStringList{u"c1"_s} : QStringList());
    if (found)
        QCOMPARE(hits->front().snippet, u"0532 123 45 67"_s);
}

void SearchIndexTest::emailsAndCompanyWithSnippets()
{
    protocol::Customer c = customer(u"c1"_s, u"Ayşe"_s, u"Öztürk"_s, 10);
    c.company = u"Boğaziçi Lens"_s;
    c.emails = {u"ayse.o@example.com.tr"_s, u"aoz@lens.example"_s};
    QVERIFY(indexCustomers({c, customer(u"c2"_s, u"Can"_s, u"Ak"_s, 20)}));
    auto byEmail = index_->searchCustomers(u"aoz@lens"_s);
    QVERIFY(byEmail);
    QCOMPARE(idsOf(*byEmail), QStringList{u"c1"_s});
    QCOMPARE(byEmail->front().snippet, u"aoz@lens.example"_s);
    auto byCompany = index_->searchCustomers(u"bogazici"_s);
    QVERIFY(byCompany);
    QCOMPARE(idsOf(*byCompany), QStringList{u"c1"_s});
    QCOMPARE(byCompany->front().snippet, u"Boğaziçi Lens"_s);
    auto byName = index_->searchCustomers(u"ayse"_s);
    QVERIFY(byName);
    QCOMPARE(byName->front().snippet, u"ayse.o@example.com.tr"_s); // the email starts with it too
    auto bySurname = index_->searchCustomers(u"ozturk"_s);
    QVERIFY(bySurname);
    QCOMPARE(bySurname->front().snippet, QString()); // only the name matched
}

void SearchIndexTest::syntaxIsSearchedAsText_data()
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

void SearchIndexTest::syntaxIsSearchedAsText()
{
    QFETCH(QString, typed);
    QFETCH(bool, findsAli);
    QVERIFY(indexCustomers({customer(u"ali"_s, u"Ali"_s, u"Veli"_s, 10)}));
    QVERIFY(indexMessages({{message(u"m1"_s, u"ali"_s, u"ali veli was here"_s, 10), u"Hi"_s}}));
    auto customers = index_->searchCustomers(typed);
    QVERIFY2(customers, qPrintable(customers ? QString() : customers.error().message));
    auto messages = index_->searchMessages(typed);
    QVERIFY2(messages, qPrintable(messages ? QString() : messages.error().message));
    if (QChar(0xE000) == typed.front()) {
        // The marker word every row carries: typing it is pointless, but harmless.
        QVERIFY(customers->size() <= 1);
        return;
    }
    QCOMPARE(idsOf(*customers), findsAli ? QStringList{u"ali"_s} : QStringList());
    QCOMPARE(count("SELECT count(*) FROM search_customer"), 1);
}

void SearchIndexTest::emptyTextFindsNothing_data()
{
    QTest::addColumn<QString>("typed");
    QTest::newRow("null") << QString();
    QTest::newRow("empty") << u""_s;
    QTest::newRow("spaces") << u"   "_s;
    QTest::newRow("tabs and newlines") << u"\t\n \r"_s;
    QTest::newRow("only punctuation") << u".,;!?"_s;
}

void SearchIndexTest::emptyTextFindsNothing()
{
    QFETCH(QString, typed);
    QVERIFY(indexCustomers({customer(u"ali"_s, u"Ali"_s, u"Veli"_s, 10)}));
    auto customers = index_->searchCustomers(typed);
    QVERIFY(customers);
    QVERIFY(customers->isEmpty());
    auto messages = index_->searchMessages(typed);
    QVERIFY(messages);
    QVERIFY(messages->isEmpty());
}

void SearchIndexTest::overlongTextIsCut()
{
    QVERIFY(indexCustomers({customer(u"ali"_s, u"Ali"_s, u"Veli"_s, 10)}));
    // Within the limit "ali" is searched; beyond it, "zzz" would have found nothing.
    const QString typed = u"ali"_s + QString(protocol::kMaxSearchChars, u' ') + u"zzz"_s;
    QCOMPARE(customerIds(typed), QStringList{u"ali"_s});
    QCOMPARE(customerIds(QString(100000, u'a')), QStringList());
}

void SearchIndexTest::limitIsRespected()
{
    QList<protocol::Customer> many;
    for (int i = 0; i < 30; ++i)
        many.append(customer(u"c%1"_s.arg(i), u"Elif"_s, u"Kaya"_s, i));
    QVERIFY(indexCustomers(many));
    QCOMPARE(customerIds(u"elif"_s).size(), 20);
    QCOMPARE(customerIds(u"elif"_s, 5), (QStringList{u"c29"_s, u"c28"_s, u"c27"_s, u"c26"_s,
                                                     u"c25"_s}));
    QCOMPARE(customerIds(u"eli"_s, 0), QStringList());
    QCOMPARE(customerIds(u"eli"_s, -1), QStringList());
    QCOMPARE(customerIds(u"eli"_s, 1000).size(), 30);
}

void SearchIndexTest::removedCustomerIsGone()
{
    QVERIFY(indexCustomers({customer(u"a"_s, u"Zeynep"_s, u"Kara"_s, 10),
                            customer(u"b"_s, u"Zeynep"_s, u"Ak"_s, 20)}));
    {
        auto transaction = Transaction::begin(*db_);
        QVERIFY(transaction);
        QVERIFY(index_->removeCustomer(u"b"_s));
        QVERIFY(index_->removeCustomer(u"never-indexed"_s));
        QVERIFY(index_->flush());
        QVERIFY(transaction->commit());
    }
    QCOMPARE(customerIds(u"zey"_s), QStringList{u"a"_s});
    QCOMPARE(customerIds(u"ak"_s), QStringList());
    QVERIFY(indexCustomers({customer(u"b"_s, u"Zeynep"_s, u"Ak"_s, 20)}));
    QCOMPARE(customerIds(u"zeynep"_s), (QStringList{u"b"_s, u"a"_s}));
    QVERIFY(ftsIntact());
}

void SearchIndexTest::newerContactMovesUp()
{
    QVERIFY(indexCustomers({customer(u"a"_s, u"Emre"_s, u"Kaya"_s, 10),
                            customer(u"b"_s, u"Emre"_s, u"Ak"_s, 20),
                            customer(u"c"_s, u"Emre"_s, u"Can"_s, 30)}));
    QCOMPARE(customerIds(u"emre"_s), (QStringList{u"c"_s, u"b"_s, u"a"_s}));
    QVERIFY(indexCustomers({customer(u"a"_s, u"Emre"_s, u"Kaya"_s, 40)}));
    QCOMPARE(customerIds(u"emre"_s), (QStringList{u"a"_s, u"c"_s, u"b"_s}));
    QCOMPARE(customerIds(u"em"_s), (QStringList{u"a"_s, u"c"_s, u"b"_s}));
    auto hits = index_->searchCustomers(u"kaya"_s);
    QVERIFY(hits);
    QCOMPARE(hits->front().lastContactAt, at(40));
    QVERIFY(ftsIntact());
}

void SearchIndexTest::changedNameReplacesWords()
{
    QVERIFY(indexCustomers({customer(u"a"_s, u"Elif"_s, u"Kaya"_s, 10)}));
    QVERIFY(indexCustomers({customer(u"a"_s, u"Elif"_s, u"Şahin"_s, 10)})); // same rank
    QCOMPARE(customerIds(u"kaya"_s), QStringList());
    QCOMPARE(customerIds(u"sahin"_s), QStringList{u"a"_s});
    auto hits = index_->searchCustomers(u"elif"_s);
    QVERIFY(hits);
    QCOMPARE(hits->front().title, u"Elif Şahin"_s);
    QVERIFY(ftsIntact());
}

void SearchIndexTest::unchangedReindexStagesNothing()
{
    const protocol::Customer c = customer(u"a"_s, u"Elif"_s, u"Kaya"_s, 10);
    QVERIFY(indexCustomers({c}));
    auto transaction = Transaction::begin(*db_);
    QVERIFY(transaction);
    QVERIFY(index_->indexCustomer(c));
    QCOMPARE(count("SELECT count(*) FROM search_customer_pending"), 0);
    QVERIFY(transaction->commit());
}

void SearchIndexTest::severalChangesInOneTransaction()
{
    QVERIFY(indexCustomers({customer(u"a"_s, u"Elif"_s, u"Kaya"_s, 10),
                            customer(u"b"_s, u"Deniz"_s, u"Ak"_s, 20)}));
    QVERIFY(indexCustomers({customer(u"a"_s, u"Elif"_s, u"Demir"_s, 10),
                            customer(u"a"_s, u"Elif"_s, u"Yıldız"_s, 10),
                            customer(u"a"_s, u"Elif"_s, u"Yıldız"_s, 50),
                            customer(u"c"_s, u"Deniz"_s, u"Can"_s, 30),
                            customer(u"c"_s, u"Deniz"_s, u"Kurt"_s, 5),
                            customer(u"b"_s, u"Deniz"_s, u"Ak"_s, 40)}));
    {
        auto transaction = Transaction::begin(*db_);
        QVERIFY(transaction);
        QVERIFY(index_->indexCustomer(customer(u"d"_s, u"Deniz"_s, u"Tan"_s, 60)));
        QVERIFY(index_->removeCustomer(u"d"_s)); // never reaches the FTS table
        QVERIFY(index_->flush());
        QVERIFY(transaction->commit());
    }
    QCOMPARE(customerIds(u"kaya"_s), QStringList());
    QCOMPARE(customerIds(u"demir"_s), QStringList());
    QCOMPARE(customerIds(u"yildiz"_s), QStringList{u"a"_s});
    QCOMPARE(customerIds(u"deniz"_s), (QStringList{u"b"_s, u"c"_s}));
    QCOMPARE(customerIds(u"can"_s), QStringList());
    QCOMPARE(customerIds(u"tan"_s), QStringList());
    QCOMPARE(count("SELECT count(*) FROM search_customer_pending"), 0);
    QVERIFY(ftsIntact());
}

void SearchIndexTest::rollbackDropsStagedChanges()
{
    QVERIFY(indexCustomers({customer(u"a"_s, u"Elif"_s, u"Kaya"_s, 10)}));
    {
        auto transaction = Transaction::begin(*db_);
        QVERIFY(transaction);
        QVERIFY(index_->indexCustomer(customer(u"b"_s, u"Elif"_s, u"Ak"_s, 20)));
        QVERIFY(index_->indexCustomer(customer(u"a"_s, u"Elif"_s, u"Can"_s, 30)));
        QVERIFY(index_->removeCustomer(u"a"_s));
        // destroyed without commit: rolled back
    }
    QVERIFY(indexCustomers({customer(u"c"_s, u"Elif"_s, u"Tan"_s, 40)})); // flushes again
    QCOMPARE(customerIds(u"elif"_s), (QStringList{u"c"_s, u"a"_s}));
    QCOMPARE(customerIds(u"kaya"_s), QStringList{u"a"_s});
    QVERIFY(ftsIntact());
}

void SearchIndexTest::changesAreSearchableAfterFlush()
{
    auto transaction = Transaction::begin(*db_);
    QVERIFY(transaction);
    QVERIFY(index_->indexCustomer(customer(u"a"_s, u"Elif"_s, u"Kaya"_s, 10)));
    QCOMPARE(customerIds(u"elif"_s), QStringList()); // staged, not yet in the FTS table
    QVERIFY(index_->flush());
    QCOMPARE(customerIds(u"elif"_s), QStringList{u"a"_s});
    QVERIFY(transaction->commit());

    // Committed without a flush: kept, and written by the next flush of any SearchIndex.
    auto second = Transaction::begin(*db_);
    QVERIFY(second);
    QVERIFY(index_->indexCustomer(customer(u"b"_s, u"Elif"_s, u"Ak"_s, 20)));
    QVERIFY(second->commit());
    SearchIndex other(*db_);
    QVERIFY(other.flush());
    QCOMPARE(customerIds(u"elif"_s), (QStringList{u"b"_s, u"a"_s}));
    QVERIFY(ftsIntact());
}

void SearchIndexTest::rarePrefixBeyondScanBudget()
{
    // More recent rows than one scan reads, none of them starting with "zey": the search
    // must still reach the old Zeynep, through FTS5's own prefix query.
    RankedSearch::Tuning scanFirst;
    scanFirst.scanCap = 100;
    scanFirst.mergeCostPerRow = 1e9; // never trust FTS5's prefix merge first
    index_.emplace(*db_, scanFirst);
    QList<protocol::Customer> many;
    for (int i = 0; i < 150; ++i)
        many.append(customer(u"f%1"_s.arg(i), u"Filiz"_s, u"Kaya%1"_s.arg(i), 1000 + i));
    many.append(customer(u"old"_s, u"Zeynep"_s, u"Kaya"_s, 1));
    many.append(customer(u"older"_s, u"Zeynepgül"_s, u"Ak"_s, 0));
    QVERIFY(indexCustomers(many));
    QCOMPARE(customerIds(u"zey"_s), (QStringList{u"old"_s, u"older"_s}));
    QCOMPARE(customerIds(u"zeynep"_s), (QStringList{u"old"_s, u"older"_s}));
    QCOMPARE(customerIds(u"filiz zey"_s), QStringList());
    QCOMPARE(customerIds(u"kaya zey"_s), QStringList{u"old"_s});
    QCOMPARE(customerIds(u"fil"_s, 3), (QStringList{u"f149"_s, u"f148"_s, u"f147"_s}));
    // Whole-word matches come first even when older than the first prefix matches.
    QCOMPARE(customerIds(u"kaya"_s, 2), (QStringList{u"old"_s, u"f149"_s}));
}

void SearchIndexTest::messagesBySubjectAndBody()
{
    QVERIFY(indexMessages({{message(u"m1"_s, u"c1"_s,
                                    u"Merhaba, siparişim hâlâ gelmedi. Kargo takip numarası "
                                    "çalışmıyor."_s,
                                    10),
                            u"Kargo gecikmesi"_s},
                           {message(u"m2"_s, u"c2"_s, u"Η παραγγελία μου δεν έφτασε"_s, 20),
                            u"Παραγγελία"_s}}));
    auto bySubject = index_->searchMessages(u"gecikme"_s);
    QVERIFY(bySubject);
    QCOMPARE(idsOf(*bySubject), QStringList{u"m1"_s});
    QCOMPARE(bySubject->front().title, u"Kargo gecikmesi"_s);
    QCOMPARE(bySubject->front().customerId, u"c1"_s);
    QCOMPARE(bySubject->front().kind, SearchHit::Kind::Message);
    QCOMPARE(bySubject->front().lastContactAt, at(10));

    auto byBody = index_->searchMessages(u"siparisim"_s);
    QVERIFY(byBody);
    QCOMPARE(idsOf(*byBody), QStringList{u"m1"_s});
    QVERIFY(byBody->front().exact);
    QVERIFY2(byBody->front().snippet.contains(u"siparişim"_s),
             qPrintable(byBody->front().snippet));
    QCOMPARE(messageIds(u"ΠΑΡΑΓΓΕΛΙΑ"_s), QStringList{u"m2"_s});
    QCOMPARE(messageIds(u"εφτασ"_s), QStringList{u"m2"_s});
    QCOMPARE(messageIds(u"kargo calismiyor"_s), QStringList{u"m1"_s});
    QCOMPARE(messageIds(u"kargo παραγγελια"_s), QStringList());
}

void SearchIndexTest::messagesNewestFirst()
{
    QVERIFY(indexMessages({{message(u"m1"_s, u"c1"_s, u"refund please"_s, 10), u"Refund"_s},
                           {message(u"m3"_s, u"c1"_s, u"refund again"_s, 30), u"Refund"_s},
                           {message(u"m2"_s, u"c2"_s, u"refunded?"_s, 20), u"Money"_s}}));
    QCOMPARE(messageIds(u"refund"_s), (QStringList{u"m3"_s, u"m1"_s, u"m2"_s}));
    QCOMPARE(messageIds(u"ref"_s), (QStringList{u"m3"_s, u"m2"_s, u"m1"_s}));
}

void SearchIndexTest::removedMessageIsGone()
{
    QVERIFY(indexMessages({{message(u"m1"_s, u"c1"_s, u"refund please"_s, 10), u"Refund"_s},
                           {message(u"m2"_s, u"c1"_s, u"refund again"_s, 20), u"Refund"_s}}));
    auto transaction = Transaction::begin(*db_);
    QVERIFY(transaction);
    QVERIFY(index_->removeMessage(u"m2"_s));
    QVERIFY(index_->flush());
    QVERIFY(transaction->commit());
    QCOMPARE(messageIds(u"refund"_s), QStringList{u"m1"_s});
    QCOMPARE(messageIds(u"again"_s), QStringList());
    QVERIFY(ftsIntact());
}

void SearchIndexTest::movedMessagesFollowTheSurvivor()
{
    QVERIFY(indexMessages({{message(u"m1"_s, u"a"_s, u"invoice question"_s, 10), u"Invoice"_s},
                           {message(u"m2"_s, u"b"_s, u"invoice again"_s, 20), u"Invoice"_s},
                           {message(u"m3"_s, u"x"_s, u"invoice other"_s, 30), u"Invoice"_s}}));
    auto transaction = Transaction::begin(*db_);
    QVERIFY(transaction);
    QVERIFY(index_->moveMessages(u"a"_s, u"b"_s));
    QVERIFY(index_->moveMessages(u"b"_s, u"c"_s)); // a chain of merges: a -> b -> c
    QVERIFY(index_->moveMessages(u"c"_s, u"c"_s));
    QVERIFY(index_->flush());
    QVERIFY(transaction->commit());
    auto hits = index_->searchMessages(u"invoice"_s);
    QVERIFY(hits);
    QCOMPARE(idsOf(*hits), (QStringList{u"m3"_s, u"m2"_s, u"m1"_s}));
    QCOMPARE(hits->at(0).customerId, u"x"_s);
    QCOMPARE(hits->at(1).customerId, u"c"_s);
    QCOMPARE(hits->at(2).customerId, u"c"_s);
    // Re-indexed under its new customer, a message keeps being found once.
    QVERIFY(indexMessages({{message(u"m1"_s, u"c"_s, u"invoice question"_s, 10), u"Invoice"_s}}));
    QCOMPARE(messageIds(u"question"_s), QStringList{u"m1"_s});
}

void SearchIndexTest::randomizedAgainstModel_data()
{
    // Every plan must find the same rows: the tunings force each path of RankedSearch.
    QTest::addColumn<qint64>("commonRows");
    QTest::addColumn<int>("scanCap");
    QTest::addColumn<double>("mergeCostPerRow");
    const RankedSearch::Tuning defaults;
    QTest::newRow("default") << defaults.commonRows << defaults.scanCap
                             << defaults.mergeCostPerRow;
    QTest::newRow("FTS5 only") << qint64(1) << 0 << 0.0;
    QTest::newRow("FTS5 only, nothing common") << qint64(1000000) << 0 << 0.0;
    QTest::newRow("every word common, prefixes scanned") << qint64(-1) << 1000000 << 1e9;
    QTest::newRow("mixed, prefixes scanned") << qint64(3) << 1000000 << 1e9;
    QTest::newRow("mixed, scans cut short") << qint64(3) << 2 << 1e9;
    QTest::newRow("mixed, one row per scan") << qint64(3) << 1 << 1.0;
    QTest::newRow("mixed, prefixes merged") << qint64(3) << 5 << 0.0;
}

void SearchIndexTest::randomizedAgainstModel()
{
    QFETCH(qint64, commonRows);
    QFETCH(int, scanCap);
    QFETCH(double, mergeCostPerRow);
    // Random index/update/remove over many transactions, some rolled back, then every
    // query checked against a brute-force ranking of the model. Times are distinct, so the
    // expected order is exact.
    const QStringList firsts{u"Ali"_s, u"Alican"_s, u"Ayşe"_s, u"Aylin"_s, u"Işık"_s,
                             u"Ismail"_s, u"Νίκος"_s, u"Νικόλαος"_s};
    const QStringList lasts{u"Kaya"_s, u"Kayalar"_s, u"Öztürk"_s, u"Özdemir"_s, u"Ιωάννου"_s,
                            u"Ιωαννίδης"_s};
    struct Row { QString first, last; qint64 minute; };
    std::map<QString, Row> model;
    QRandomGenerator random(20261120);
    qint64 nextMinute = 1;
    for (int round = 0; round < 60; ++round) {
        const bool rollBack = random.bounded(6) == 0;
        std::map<QString, Row> next = model;
        auto transaction = Transaction::begin(*db_);
        QVERIFY(transaction);
        const int operations = 1 + int(random.bounded(25));
        for (int op = 0; op < operations; ++op) {
            const QString id = u"c%1"_s.arg(random.bounded(60));
            if (random.bounded(5) == 0) {
                QVERIFY(index_->removeCustomer(id));
                next.erase(id);
                continue;
            }
            Row row{firsts.at(random.bounded(firsts.size())), lasts.at(random.bounded(lasts.size())),
                    nextMinute++ * (random.bounded(3) == 0 ? -1 : 1)};
            if (auto found = next.find(id); found != next.end() && random.bounded(2) == 0)
                row.minute = found->second.minute; // same rank, new words
            QVERIFY(index_->indexCustomer(customer(id, row.first, row.last, row.minute)));
            next[id] = row;
        }
        if (rollBack)
            continue; // the transaction rolls back as it goes out of scope
        QVERIFY(index_->flush());
        QVERIFY(transaction->commit());
        model = std::move(next);
        if (random.bounded(4) == 0)
            index_.emplace(*db_); // no state may live only in the object
    }
    QVERIFY(ftsIntact());
    QCOMPARE(count("SELECT count(*) FROM search_customer"), qint64(model.size()));
    index_.emplace(*db_, RankedSearch::Tuning{commonRows, scanCap, mergeCostPerRow});

    const QStringList queries{u"a"_s, u"al"_s, u"ali"_s, u"ay"_s, u"is"_s, u"isik"_s,
                              u"kaya"_s, u"kay"_s, u"oz"_s, u"ozturk"_s, u"νικ"_s,
                              u"ιωανν"_s, u"ali kay"_s, u"kaya a"_s, u"ιωαννου ν"_s,
                              u"ali "_s, u"zz"_s, u"ali kaya"_s, u"kaya ali"_s,
                              u"alican kayalar "_s, u"ayse ozt"_s, u"isik ι"_s,
                              u"kaya ali al"_s, u"nikos ιωαννιδ"_s};
    for (const QString& query : queries) {
        const QStringList words = foldedWords(query);
        const bool typing = !query.endsWith(u' ');
        QList<std::pair<qint64, QString>> exact, prefix;
        for (const auto& [id, row] : model) {
            const QStringList rowWords = foldedWords(row.first + u' ' + row.last);
            bool leadingMatch = true;
            for (qsizetype w = 0; w + 1 < words.size(); ++w)
                leadingMatch = leadingMatch && rowWords.contains(words.at(w));
            if (!leadingMatch)
                continue;
            if (rowWords.contains(words.back()))
                exact.append({row.minute, id});
            else if (typing && std::any_of(rowWords.begin(), rowWords.end(), [&](const QString& w) {
                         return w.startsWith(words.back());
                     }))
                prefix.append({row.minute, id});
        }
        std::sort(exact.begin(), exact.end(), std::greater<>());
        std::sort(prefix.begin(), prefix.end(), std::greater<>());
        QStringList expected;
        for (const auto& hit : exact + prefix)
            expected.append(hit.second);
        QCOMPARE(customerIds(query, SearchIndex::kMaxLimit), expected);
        QCOMPARE(customerIds(query, 3), expected.mid(0, 3));
    }
}

QTEST_GUILESS_MAIN(SearchIndexTest)
#include "tst_searchindex.moc"
