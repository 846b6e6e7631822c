// The Turkish and Greek translations: complete in the .ts files, built into the library,
// and loaded by QTranslator the way the application loads them.
#include "ui/DisplayNames.h"

#include <QCoreApplication>
#include <QFile>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace switchboard {

class TranslationsTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyStringIsTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("tr") << u"tr"_s;
        QTest::newRow("el") << u"el"_s;
    }

    void everyStringIsTranslated()
    {
        QFETCH(QString, language);
        QFile file(QStringLiteral(SWITCHBOARD_TRANSLATIONS_DIR) + u"/switchboard_"_s + language
            + u".ts"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        int messages = 0;
        QString source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == u"source") {
                source = xml.readElementText();
                ++messages;
            } else if (xml.name() == u"translation" || xml.name() == u"numerusform") {
                const bool unfinished = xml.attributes().value(u"type"_s) == u"unfinished";
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                QVERIFY2(!unfinished && !text.trimmed().isEmpty(), qPrintable(source));
                // Every placeholder of the source is kept.
                for (int n = 1; n <= 4; ++n) {
                    const QString marker = u"%"_s + QString::number(n);
                    QCOMPARE(text.contains(marker), source.contains(marker));
                }
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY(messages > 100);
    }

    void builtInTranslationsLoad()
    {
        QTranslator turkish;
        QVERIFY(turkish.load(u"switchboard_tr"_s, u":/i18n"_s));
        QCoreApplication::installTranslator(&turkish);
        QCOMPARE(ui::DisplayNames::status(protocol::ConversationStatus::Open), u"Açık"_s);
        QCoreApplication::removeTranslator(&turkish);
        QTranslator greek;
        QVERIFY(greek.load(u"switchboard_el"_s, u":/i18n"_s));
        QCoreApplication::installTranslator(&greek);
        QCOMPARE(ui::DisplayNames::presence(protocol::Presence::Available), u"Διαθέσιμος"_s);
        QCoreApplication::removeTranslator(&greek);
        QCOMPARE(ui::DisplayNames::status(protocol::ConversationStatus::Open), u"Open"_s);
    }
};

} // namespace switchboard

QTEST_GUILESS_MAIN(switchboard::TranslationsTest)
#include "tst_uitranslations.moc"
