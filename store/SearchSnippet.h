// The piece of a hit's text shown under its title: the contact detail that matched, or a
// window of a message around the first matching word, taken from the text as typed (the
// index holds only folded text). Words are compared folded, as the index compares them.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace switchboard::store {

class SearchSnippet {
public:
    static constexpr qsizetype kMaxChars = 120;
    static constexpr qsizetype kContextBefore = 30;

    // The line of `lines` (a customer's details: company, emails, phones as "typed<TAB>e164")
    // that most of `words` find, the first of equals; a phone as typed. Empty when none is
    // found (the name matched).
    static QString matchingLine(const QString& lines, const QList<QByteArray>& words);

    // About kMaxChars of `text` from a little before the first word that starts with one of
    // `words`, or from the start when none does; a cut is marked with an ellipsis.
    static QString around(const QString& text, const QList<QByteArray>& words);
};

} // namespace switchboard::store
