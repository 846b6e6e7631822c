// What the user typed, turned into the words the index holds: cut to kMaxSearchChars,
// folded (TextFolding), split by the index's own tokenizer, and quoted, so FTS5 syntax in the
// text (quotes, `*`, AND/OR/NOT/NEAR, parentheses, `-`, `:`, `^`, column filters) is only
// ever searched as words, never run as a query. Builds the MATCH expressions the ranked
// search runs, and checks the last word as a prefix against stored folded text.
#pragma once

#include "store/StoreError.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QStringView>

namespace switchboard::store {

class Fts5QueryTokenizer;

class SearchQuery {
public:
    // More words than this add little to a search that must already match all of them, and
    // each one is another doclist to intersect.
    static constexpr qsizetype kMaxWords = 12;

    enum class Digits {
        AsWords, // "532 123" is two words
        AsOneNumber, // "532 123" is the number 532123 being typed, and numbers lose their
                     // leading zeros, as phones are indexed (customers)
    };

    static StoreResult<SearchQuery> parse(
        QStringView text, const Fts5QueryTokenizer& tokenizer, Digits digits = Digits::AsWords);

    bool isEmpty() const { return words_.isEmpty(); }
    const QList<QByteArray>& words() const { return words_; }
    // While typing the last word is a prefix; a trailing space says it is complete.
    bool lastWordIsPrefix() const { return lastWordIsPrefix_; }

    // `words` quoted and ANDed: "w1" "w2" ...
    static QByteArray wholeExpression(const QList<QByteArray>& words);
    // `words` quoted and ORed, in parentheses: ("w1" OR "w2" ...).
    static QByteArray anyExpression(const QList<QByteArray>& words);
    // Every word whole: "w1" "w2" ... "wn".
    QByteArray allWhole() const;
    // Every word but the last, whole; empty for a single word.
    QByteArray leadingWhole() const;
    // The leading words whole and the last as a prefix: "w1" ... "wn"*.
    QByteArray lastAsPrefix() const;

    // Whether a word of `folded` (text as stored in the index, folded, UTF-8) starts with
    // `word`: the test FTS5 makes for "word"*, made on a row already read.
    static bool startsAWord(QByteArrayView folded, QByteArrayView word);
    // Whether `word` is a whole word of `folded`: the test FTS5 makes for "word".
    static bool isAWord(QByteArrayView folded, QByteArrayView word);
    // The words of `folded`, split where unicode61 splits them.
    static QList<QByteArrayView> wordsOf(QByteArrayView folded);

private:
    QList<QByteArray> words_;
    bool lastWordIsPrefix_ = true;
};

} // namespace switchboard::store
