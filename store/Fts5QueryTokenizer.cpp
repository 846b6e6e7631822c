#include "store/Fts5QueryTokenizer.h"

#include "store/Database.h"

#include <sqlite3.h>
#include <utility>

using namespace Qt::StringLiterals;

namespace switchboard::store {

namespace {

StoreError tokenizerError(int code, const char* what)
{
    return StoreError { code,
        QString::fromUtf8(what) + u": "_s + QString::fromUtf8(sqlite3_errstr(code)) };
}

// The documented way to reach the fts5 API of a connection: SELECT fts5(?1) with a pointer
// bound under the type "fts5_api_ptr" (https://sqlite.org/fts5.html#extending_fts5).
StoreResult<fts5_api*> fts5Api(sqlite3* db)
{
    sqlite3_stmt* stmt = nullptr;
    int rc = sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, nullptr);
    if (rc != SQLITE_OK)
        return std::unexpected(tokenizerError(rc, "fts5 is not available"));
    fts5_api* api = nullptr;
    sqlite3_bind_pointer(stmt, 1, static_cast<void*>(&api), "fts5_api_ptr", nullptr);
    rc = sqlite3_step(stmt);
    sqlite3_finalize(stmt);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return std::unexpected(tokenizerError(rc, "fts5 is not available"));
    if (api == nullptr || api->iVersion < 2)
        return std::unexpected(tokenizerError(SQLITE_ERROR, "fts5 API version 2 is required"));
    return api;
}

int collectToken(
    void* context, int /*flags*/, const char* token, int size, int /*start*/, int /*end*/)
{
    static_cast<QList<QByteArray>*>(context)->append(QByteArray(token, size));
    return SQLITE_OK;
}

} // namespace

StoreResult<Fts5QueryTokenizer> Fts5QueryTokenizer::open(Database& db)
{
    auto api = fts5Api(db.handle());
    if (!api)
        return std::unexpected(api.error());
    Fts5QueryTokenizer tokenizer;
    tokenizer.methods_ = std::make_unique<fts5_tokenizer>();
    void* userData = nullptr;
    int rc = (*api)->xFindTokenizer(*api, kTokenizerName, &userData, tokenizer.methods_.get());
    if (rc != SQLITE_OK)
        return std::unexpected(tokenizerError(rc, "unicode61 tokenizer not found"));
    const char* arguments[] = { "remove_diacritics", kRemoveDiacritics };
    rc = tokenizer.methods_->xCreate(userData, arguments, 2, &tokenizer.instance_);
    if (rc != SQLITE_OK) {
        tokenizer.instance_ = nullptr;
        return std::unexpected(tokenizerError(rc, "cannot create the unicode61 tokenizer"));
    }
    return tokenizer;
}

Fts5QueryTokenizer::Fts5QueryTokenizer(Fts5QueryTokenizer&& other) noexcept
    : methods_(std::move(other.methods_))
    , instance_(std::exchange(other.instance_, nullptr))
{
}

Fts5QueryTokenizer& Fts5QueryTokenizer::operator=(Fts5QueryTokenizer&& other) noexcept
{
    if (this != &other) {
        release();
        methods_ = std::move(other.methods_);
        instance_ = std::exchange(other.instance_, nullptr);
    }
    return *this;
}

Fts5QueryTokenizer::~Fts5QueryTokenizer()
{
    release();
}

void Fts5QueryTokenizer::release()
{
    if (instance_ != nullptr)
        methods_->xDelete(instance_);
    instance_ = nullptr;
    methods_.reset();
}

StoreResult<QList<QByteArray>> Fts5QueryTokenizer::tokenize(const QByteArray& utf8) const
{
    QList<QByteArray> tokens;
    if (utf8.isEmpty())
        return tokens;
    const int rc = methods_->xTokenize(instance_, &tokens, FTS5_TOKENIZE_QUERY, utf8.constData(),
        static_cast<int>(utf8.size()), collectToken);
    if (rc != SQLITE_OK)
        return std::unexpected(tokenizerError(rc, "cannot split the search text"));
    return tokens;
}

} // namespace switchboard::store
