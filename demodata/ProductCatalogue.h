// What the demo shop sells: each product with its SKU, its name in the customer's language
// and its price in that market's currency, in minor units.
#pragma once

#include "demodata/DemoLanguage.h"

#include <QList>
#include <QString>
#include <array>

namespace switchboard::demodata {

struct Product {
    QString sku;
    std::array<QString, 3> names;     // by languageIndex()
    std::array<qint64, 3> priceMinor; // by languageIndex(), in currencyOf(language)
    bool accessory = false;           // cheap add-on, often bought two at a time

    const QString& name(DemoLanguage language) const {
        return names[static_cast<std::size_t>(languageIndex(language))];
    }
    qint64 price(DemoLanguage language) const {
        return priceMinor[static_cast<std::size_t>(languageIndex(language))];
    }
};

class ProductCatalogue {
public:
    ProductCatalogue();

    const QList<Product>& products() const { return products_; }

private:
    QList<Product> products_;
};

} // namespace switchboard::demodata
