// The calls offered to this agent in this session, newest first, as the call list and the
// status bar's missed-call count show them. Fed the same `call` frames as CallPop. Keeps
// each call's `offered` frame (with its matches) and its `ended` one (with the
// conversation), so a missed call can be wrapped up later (CallPop::logCallback).
#pragma once

#include "protocol/CallFrame.h"

#include <QAbstractListModel>

namespace switchboard::models {

class CallLog : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        CallIdRole = Qt::UserRole + 1,
        CallerRole, // the matched name, else the number, else "Withheld"
        DirectionRole, // "in" / "out"
        DispositionRole, // empty while the call goes on; else a CallDisposition
        DurationRole, // seconds, qint64
        AtRole, // QDateTime the call was offered
    };

    explicit CallLog(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Ended calls nobody answered: missed and abandoned.
    int missedCount() const;
    // The call's frames as the server sent them; an empty callId when the log has none.
    protocol::CallFrame offeredFrame(const QString& callId) const;
    protocol::CallFrame endedFrame(const QString& callId) const;

public Q_SLOTS:
    void handle(const switchboard::protocol::CallFrame& frame);

Q_SIGNALS:
    void missedCountChanged(int count);

private:
    struct Row {
        QString callId;
        QString caller;
        QString direction;
        QString disposition;
        qint64 durationSeconds = 0;
        QDateTime at;
        protocol::CallFrame offered;
        protocol::CallFrame ended;
    };

    static QString callerOf(const protocol::CallFrame& frame);
    qsizetype rowOf(const QString& callId) const;
    void countMissed();

    QList<Row> rows_; // newest first
    int missedCount_ = 0;
};

} // namespace switchboard::models
