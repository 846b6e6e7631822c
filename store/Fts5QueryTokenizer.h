// SQLite's own unicode61 tokenizer, with the options the search tables are created with,
// called directly through the fts5 API so typed text is split into exactly the words the
// index holds. Every word can then be quoted as a single-token phrase: with detail=none
// a phrase of two tokens would be an error, and a word split differently from the index
// would find nothing.
//
// Bound to one connection; not thread-safe, like the Database it comes from.
#pragma once

#include "store/StoreError.h"

#include <QByteArray>
#include <QList>

#include <memory>

struct Fts5Tokenizer;
struct fts5_tokenizer;

namespace switchboard::store {

class Database;

class Fts5QueryTokenizer {
public:
    // The tokenizer name and arguments of every search table (see SearchIndex).
    static constexpr const char* kTokenizerName = "unicode61";
    static constexpr const char* kRemoveDiacritics = "2";

    static StoreResult<Fts5QueryTokenizer> open(Database& db);

    Fts5QueryTokenizer(Fts5QueryTokenizer&& other) noexcept;
    Fts5QueryTokenizer& operator=(Fts5QueryTokenizer&& other) noexcept;
    Fts5QueryTokenizer(const Fts5QueryTokenizer&) = delete;
    Fts5QueryTokenizer& operator=(const Fts5QueryTokenizer&) = delete;
    ~Fts5QueryTokenizer();

    // The UTF-8 tokens of `utf8`, in order, as a MATCH query would see them.
    StoreResult<QList<QByteArray>> tokenize(const QByteArray& utf8) const;

private:
    Fts5QueryTokenizer() = default;
    void release();

    // A copy of unicode61's function table, so it lives exactly as long as the instance.
    std::unique_ptr<fts5_tokenizer> methods_;
    Fts5Tokenizer* instance_ = nullptr;
};

} // namespace switchboard::store
