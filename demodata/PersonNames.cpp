#include "demodata/PersonNames.h"

#include "demodata/Transliteration.h"

namespace switchboard::demodata {

namespace {

// {nominative, vocative}; the vocative is empty when it equals the nominative.
struct FirstNameSource {
    const char16_t* name;
    const char16_t* vocative;
};

// {male, female}; the female form is empty when it equals the male one.
struct LastNameSource {
    const char16_t* male;
    const char16_t* female;
};

constexpr FirstNameSource kTurkishFemale[] = {
    {u"Ayşe", nullptr},  {u"Fatma", nullptr},  {u"Zeynep", nullptr}, {u"Elif", nullptr},
    {u"Emine", nullptr}, {u"Hülya", nullptr},  {u"Özlem", nullptr},  {u"Gül", nullptr},
    {u"Şule", nullptr},  {u"Çiğdem", nullptr}, {u"İpek", nullptr},   {u"Büşra", nullptr},
    {u"Gökçe", nullptr}, {u"Merve", nullptr},  {u"Esra", nullptr},   {u"Derya", nullptr},
    {u"Tuğba", nullptr}, {u"Yasemin", nullptr}};
constexpr FirstNameSource kTurkishMale[] = {
    {u"Mehmet", nullptr},  {u"Mustafa", nullptr}, {u"Ahmet", nullptr}, {u"Ali", nullptr},
    {u"Hüseyin", nullptr}, {u"İbrahim", nullptr}, {u"Emre", nullptr},  {u"Burak", nullptr},
    {u"Oğuz", nullptr},    {u"Çağlar", nullptr},  {u"Barış", nullptr}, {u"Şükrü", nullptr},
    {u"Ömer", nullptr},    {u"Uğur", nullptr},    {u"Cem", nullptr},   {u"Kerem", nullptr},
    {u"Serkan", nullptr},  {u"Tolga", nullptr}};
constexpr LastNameSource kTurkishLast[] = {
    {u"Yılmaz", nullptr},  {u"Kaya", nullptr},    {u"Demir", nullptr},    {u"Şahin", nullptr},
    {u"Çelik", nullptr},   {u"Yıldız", nullptr},  {u"Yıldırım", nullptr}, {u"Öztürk", nullptr},
    {u"Aydın", nullptr},   {u"Özdemir", nullptr}, {u"Arslan", nullptr},   {u"Doğan", nullptr},
    {u"Kılıç", nullptr},   {u"Aslan", nullptr},   {u"Çetin", nullptr},    {u"Kara", nullptr},
    {u"Koç", nullptr},     {u"Kurt", nullptr},    {u"Özkan", nullptr},    {u"Şimşek", nullptr},
    {u"Işık", nullptr},    {u"Gül", nullptr},     {u"Erdoğan", nullptr},  {u"Güneş", nullptr},
    {u"Aksoy", nullptr},   {u"Ünal", nullptr},    {u"Türkmen", nullptr},  {u"İnce", nullptr},
    {u"Bozkurt", nullptr}, {u"Çakır", nullptr},   {u"Ateş", nullptr},     {u"Güler", nullptr},
    {u"Uçar", nullptr},    {u"Polat", nullptr}};

constexpr FirstNameSource kGreekFemale[] = {
    {u"Μαρία", nullptr},       {u"Ελένη", nullptr},    {u"Αικατερίνη", nullptr},
    {u"Βασιλική", nullptr},    {u"Σοφία", nullptr},    {u"Αναστασία", nullptr},
    {u"Ευαγγελία", nullptr},   {u"Γεωργία", nullptr},  {u"Δήμητρα", nullptr},
    {u"Κωνσταντίνα", nullptr}, {u"Ιωάννα", nullptr},   {u"Παρασκευή", nullptr},
    {u"Χριστίνα", nullptr},    {u"Αγγελική", nullptr}, {u"Δέσποινα", nullptr},
    {u"Φωτεινή", nullptr},     {u"Νικολέτα", nullptr}, {u"Ζωή", nullptr}};
constexpr FirstNameSource kGreekMale[] = {
    {u"Γιώργος", u"Γιώργο"},           {u"Δημήτρης", u"Δημήτρη"},   {u"Νίκος", u"Νίκο"},
    {u"Κωνσταντίνος", u"Κωνσταντίνε"}, {u"Γιάννης", u"Γιάννη"},     {u"Παναγιώτης", u"Παναγιώτη"},
    {u"Βασίλης", u"Βασίλη"},           {u"Χρήστος", u"Χρήστο"},     {u"Αθανάσιος", u"Αθανάσιε"},
    {u"Μιχάλης", u"Μιχάλη"},           {u"Ευάγγελος", u"Ευάγγελε"}, {u"Σπύρος", u"Σπύρο"},
    {u"Αντώνης", u"Αντώνη"},           {u"Θοδωρής", u"Θοδωρή"},     {u"Ηλίας", u"Ηλία"},
    {u"Στέλιος", u"Στέλιο"},           {u"Άγγελος", u"Άγγελε"},     {u"Πέτρος", u"Πέτρο"}};
constexpr LastNameSource kGreekLast[] = {{u"Παπαδόπουλος", u"Παπαδοπούλου"},
                                         {u"Γεωργίου", nullptr},
                                         {u"Νικολάου", nullptr},
                                         {u"Ιωάννου", nullptr},
                                         {u"Παπαγεωργίου", nullptr},
                                         {u"Οικονόμου", nullptr},
                                         {u"Βασιλείου", nullptr},
                                         {u"Κωνσταντίνου", nullptr},
                                         {u"Δημητρίου", nullptr},
                                         {u"Αθανασίου", nullptr},
                                         {u"Μακρής", u"Μακρή"},
                                         {u"Παππάς", u"Παππά"},
                                         {u"Αλεξίου", nullptr},
                                         {u"Καραγιάννης", u"Καραγιάννη"},
                                         {u"Σταματόπουλος", u"Σταματοπούλου"},
                                         {u"Χατζηδάκης", u"Χατζηδάκη"},
                                         {u"Μιχαηλίδης", u"Μιχαηλίδου"},
                                         {u"Αντωνίου", nullptr},
                                         {u"Λαμπράκης", u"Λαμπράκη"},
                                         {u"Κυριακίδης", u"Κυριακίδου"},
                                         {u"Αναγνώστου", nullptr},
                                         {u"Πετρόπουλος", u"Πετροπούλου"},
                                         {u"Ζαχαρίου", nullptr},
                                         {u"Μαυρίδης", u"Μαυρίδου"},
                                         {u"Τσακίρης", u"Τσακίρη"},
                                         {u"Βλάχος", u"Βλάχου"},
                                         {u"Σαββίδης", u"Σαββίδου"}};

constexpr FirstNameSource kEnglishFemale[] = {
    {u"Olivia", nullptr}, {u"Amelia", nullptr},    {u"Isla", nullptr},  {u"Emily", nullptr},
    {u"Sophie", nullptr}, {u"Charlotte", nullptr}, {u"Grace", nullptr}, {u"Hannah", nullptr},
    {u"Rachel", nullptr}, {u"Chloe", nullptr},     {u"Lucy", nullptr},  {u"Jessica", nullptr},
    {u"Megan", nullptr},  {u"Sarah", nullptr},     {u"Holly", nullptr}, {u"Niamh", nullptr}};
constexpr FirstNameSource kEnglishMale[] = {
    {u"Oliver", nullptr}, {u"George", nullptr},  {u"Harry", nullptr},   {u"Jack", nullptr},
    {u"James", nullptr},  {u"William", nullptr}, {u"Thomas", nullptr},  {u"Kevin", nullptr},
    {u"Daniel", nullptr}, {u"Samuel", nullptr},  {u"Matthew", nullptr}, {u"Joshua", nullptr},
    {u"Callum", nullptr}, {u"Liam", nullptr},    {u"Rhys", nullptr},    {u"Arjun", nullptr}};
constexpr LastNameSource kEnglishLast[] = {
    {u"Smith", nullptr},    {u"Jones", nullptr},     {u"Taylor", nullptr},   {u"Brown", nullptr},
    {u"Williams", nullptr}, {u"Wilson", nullptr},    {u"Johnson", nullptr},  {u"Davies", nullptr},
    {u"Robinson", nullptr}, {u"Wright", nullptr},    {u"Thompson", nullptr}, {u"Evans", nullptr},
    {u"Walker", nullptr},   {u"White", nullptr},     {u"Roberts", nullptr},  {u"Green", nullptr},
    {u"Hall", nullptr},     {u"Wood", nullptr},      {u"Jackson", nullptr},  {u"Clarke", nullptr},
    {u"O'Brien", nullptr},  {u"Patel", nullptr},     {u"Khan", nullptr},     {u"Hughes", nullptr},
    {u"Edwards", nullptr},  {u"MacDonald", nullptr}, {u"Murphy", nullptr},   {u"Lewis", nullptr}};

template <std::size_t N> QList<FirstName> firstNamesFrom(const FirstNameSource (&sources)[N]) {
    QList<FirstName> out;
    out.reserve(N);
    for (const FirstNameSource& s : sources) {
        const QString name = QString::fromUtf16(s.name);
        out.append({name, s.vocative ? QString::fromUtf16(s.vocative) : name,
                    Transliteration::toAscii(name)});
    }
    return out;
}

template <std::size_t N> QList<LastName> lastNamesFrom(const LastNameSource (&sources)[N]) {
    QList<LastName> out;
    out.reserve(N);
    for (const LastNameSource& s : sources) {
        const QString male = QString::fromUtf16(s.male);
        const QString female = s.female ? QString::fromUtf16(s.female) : male;
        out.append(
            {male, female, Transliteration::toAscii(male), Transliteration::toAscii(female)});
    }
    return out;
}

} // namespace

PersonNames::PersonNames()
    : firstNames_{firstNamesFrom(kTurkishFemale), firstNamesFrom(kTurkishMale),
                  firstNamesFrom(kGreekFemale),   firstNamesFrom(kGreekMale),
                  firstNamesFrom(kEnglishFemale), firstNamesFrom(kEnglishMale)}
    , lastNames_{lastNamesFrom(kTurkishLast), lastNamesFrom(kGreekLast),
                 lastNamesFrom(kEnglishLast)} {}

std::span<const FirstName> PersonNames::firstNames(DemoLanguage language, Gender gender) const {
    const QList<FirstName>& names = firstNames_[static_cast<std::size_t>(
        languageIndex(language) * 2 + (gender == Gender::Male))];
    return {names.constData(), static_cast<std::size_t>(names.size())};
}

std::span<const LastName> PersonNames::lastNames(DemoLanguage language) const {
    const QList<LastName>& names = lastNames_[static_cast<std::size_t>(languageIndex(language))];
    return {names.constData(), static_cast<std::size_t>(names.size())};
}

} // namespace switchboard::demodata
