#include "demodata/FeedbackFactory.h"

#include <QList>
#include <algorithm>
#include <array>

namespace switchboard::demodata {

using namespace Qt::StringLiterals;

namespace {

enum Mood { Unhappy, Neutral, Happy };

// [language][mood]
const std::array<std::array<QList<QString>, 3>, 3> kComments{{
    {{
        {u"Çok uzun süre bekledim ve kimse geri dönmedi."_s,
         u"Aynı şeyi üç kez anlatmak zorunda kaldım."_s, u"Sorunum hâlâ tam olarak çözülmedi."_s},
        {u"Sorun çözüldü ama biraz uzun sürdü."_s,
         u"Fena değil, ama bilgilerimi birkaç kez vermem gerekti."_s, u"İdare eder."_s},
        {u"Çok hızlı ve ilgiliydiniz, teşekkürler!"_s,
         u"Sorunum ilk aramada çözüldü, harika hizmet."_s, u"Temsilci çok nazik ve bilgiliydi."_s},
    }},
    {{
        {u"Περίμενα πολύ και κανείς δεν με ενημέρωσε."_s,
         u"Χρειάστηκε να εξηγήσω το ίδιο πράγμα τρεις φορές."_s,
         u"Το πρόβλημά μου δεν λύθηκε πλήρως."_s},
        {u"Το θέμα λύθηκε, αλλά πήρε αρκετό χρόνο."_s,
         u"Καλή εξυπηρέτηση, αλλά χρειάστηκε να δώσω τα στοιχεία μου πολλές φορές."_s,
         u"Μέτρια εμπειρία."_s},
        {u"Πολύ γρήγορη και ευγενική εξυπηρέτηση, ευχαριστώ!"_s,
         u"Το θέμα μου λύθηκε με την πρώτη κλήση, εξαιρετικά."_s,
         u"Ο εκπρόσωπος ήταν πολύ ευγενικός και ενημερωμένος."_s},
    }},
    {{
        {u"I waited ages and nobody got back to me."_s,
         u"Had to explain the same thing three times."_s, u"My problem still isn't fully fixed."_s},
        {u"Got there in the end, but it took a while."_s,
         u"Fine, though I had to repeat my details a few times."_s, u"It was okay."_s},
        {u"Quick and friendly, thank you!"_s, u"Sorted on the first call, brilliant service."_s,
         u"The agent was really kind and knew their stuff."_s},
    }},
}};

// CSAT 1..5: most people who answer are satisfied.
constexpr std::array<int, 5> kCsatWeights{6, 7, 12, 30, 45};
constexpr std::array<int, 5> kTroubledCsatWeights{20, 20, 25, 20, 15};

} // namespace

protocol::Feedback FeedbackFactory::make(DemoLanguage language, bool troubled,
                                         Random& random) const {
    protocol::Feedback feedback;
    const qint64 csat = random.weighted(troubled ? kTroubledCsatWeights : kCsatWeights) + 1;
    const bool askCsat = random.percent(80);
    if (askCsat)
        feedback.csat = csat;
    // NPS and CES follow the same underlying satisfaction, with some noise.
    if (random.percent(55)) {
        const qint64 base = (csat - 1) * 5 / 2; // 0, 2, 5, 7, 10
        feedback.nps = std::clamp<qint64>(base + random.between(-2, 1), 0, 10);
    }
    if (random.percent(45)) {
        const qint64 base = 1 + (csat - 1) * 3 / 2; // 1, 2, 4, 5, 7
        feedback.ces = std::clamp<qint64>(base + random.between(-1, 1), 1, 7);
    }
    if (!feedback.csat && !feedback.nps && !feedback.ces)
        feedback.csat = csat; // a survey with no answer is not sent back
    if (random.percent(50)) {
        const Mood mood = csat <= 2 ? Unhappy : csat == 3 ? Neutral : Happy;
        const QList<QString>& comments =
            kComments[std::size_t(languageIndex(language))][std::size_t(mood)];
        feedback.comment = comments[random.below(comments.size())];
    }
    return feedback;
}

} // namespace switchboard::demodata
