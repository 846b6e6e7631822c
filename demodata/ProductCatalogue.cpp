#include "demodata/ProductCatalogue.h"

#include <cmath>

namespace switchboard::demodata {

using namespace Qt::StringLiterals;

namespace {

struct ProductSource {
    const char16_t* sku;
    const char16_t* turkish;
    const char16_t* greek;
    const char16_t* english;
    int euros;
    bool accessory;
};

constexpr ProductSource kProducts[] = {
    {u"SKU-1001", u"Kablosuz kulaklık", u"Ασύρματα ακουστικά", u"Wireless headphones", 129, false},
    {u"SKU-1002", u"USB-C şarj adaptörü 65 W", u"Φορτιστής USB-C 65 W", u"USB-C charger 65 W", 39,
     true},
    {u"SKU-1003", u"Akıllı saat", u"Έξυπνο ρολόι", u"Smart watch", 249, false},
    {u"SKU-1004", u"50 mm f/1.8 objektif", u"Φακός 50 mm f/1.8", u"50mm f/1.8 camera lens", 219,
     false},
    {u"SKU-1005", u"Espresso makinesi", u"Μηχανή εσπρέσο", u"Espresso machine", 349, false},
    {u"SKU-1006", u"Robot süpürge", u"Ρομποτική σκούπα", u"Robot vacuum cleaner", 399, false},
    {u"SKU-1007", u"Bluetooth hoparlör", u"Ηχείο Bluetooth", u"Bluetooth speaker", 79, false},
    {u"SKU-1008", u"Elektrikli su ısıtıcısı", u"Ηλεκτρικός βραστήρας", u"Electric kettle", 45,
     false},
    {u"SKU-1009", u"Yağsız fritöz", u"Φριτέζα αέρος", u"Air fryer", 129, false},
    {u"SKU-1010", u"Telefon kılıfı", u"Θήκη κινητού", u"Phone case", 19, true},
    {u"SKU-1011", u"Ekran koruyucu cam", u"Προστατευτικό οθόνης", u"Screen protector", 12, true},
    {u"SKU-1012", u"Koşu ayakkabısı", u"Παπούτσια τρεξίματος", u"Running shoes", 109, false},
    {u"SKU-1013", u"Dizüstü bilgisayar 14\"", u"Φορητός υπολογιστής 14\"", u"Laptop 14\"", 899,
     false},
    {u"SKU-1014", u"Laptop kılıfı 14\"", u"Θήκη laptop 14\"", u"Laptop sleeve 14\"", 29, true},
    {u"SKU-1015", u"Wi-Fi 6 modem", u"Router Wi-Fi 6", u"Wi-Fi 6 router", 149, false},
    {u"SKU-1016", u"E-kitap okuyucu", u"Συσκευή ανάγνωσης e-book", u"E-reader", 139, false},
    {u"SKU-1017", u"Sırt çantası", u"Σακίδιο πλάτης", u"Backpack", 59, false},
    {u"SKU-1018", u"LED masa lambası", u"Φωτιστικό γραφείου LED", u"LED desk lamp", 35, false},
    {u"SKU-1019", u"Oyuncu faresi", u"Ποντίκι gaming", u"Gaming mouse", 49, true},
    {u"SKU-1020", u"Smoothie blender", u"Μπλέντερ", u"Blender", 69, false},
    {u"SKU-1021", u"Tablet 11\"", u"Tablet 11\"", u"11\" tablet", 449, false},
    {u"SKU-1022", u"microSD hafıza kartı 128 GB", u"Κάρτα μνήμης microSD 128 GB",
     u"microSD card 128 GB", 19, true},
};

// Shop prices end in .99 (EUR, GBP) or 9,90 TL; the rates are rough, fixed on purpose.
constexpr double kPoundsPerEuro = 0.86;
constexpr double kLiraPerEuro = 42.0;

} // namespace

ProductCatalogue::ProductCatalogue() {
    products_.reserve(std::size(kProducts));
    for (const ProductSource& s : kProducts) {
        const auto pounds = static_cast<qint64>(std::lround(s.euros * kPoundsPerEuro));
        const auto lira = static_cast<qint64>(std::lround(s.euros * kLiraPerEuro / 10.0)) * 10;
        products_.append({QString::fromUtf16(s.sku),
                          {QString::fromUtf16(s.turkish), QString::fromUtf16(s.greek),
                           QString::fromUtf16(s.english)},
                          {lira * 100 - 10, s.euros * 100LL - 1, pounds * 100 - 1},
                          s.accessory});
    }
}

} // namespace switchboard::demodata
