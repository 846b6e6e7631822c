// How a ringing call reaches an agent who is not looking at the pop: a system tray
// notification "Incoming call — Kevin Brooks" (when the desktop has a tray; clicking it
// brings the pop up), and an optional ring sound, off by default, kept in QSettings
// (kRingSoundKey) and switched by ringSoundAction(). Qt Multimedia is not available to us,
// so the "sound" is QApplication::beep() every kRingInterval while the call rings.
#pragma once

#include <QObject>

#include <chrono>

class QAction;
class QSystemTrayIcon;
class QTimer;

namespace switchboard::models {
class CallPop;
}

namespace switchboard::ui {

class CallPopWindow;

class CallAlerts : public QObject {
    Q_OBJECT
public:
    static constexpr auto kRingInterval = std::chrono::seconds(2);
    static constexpr const char* kRingSoundKey = "calls/ringSound";

    CallAlerts(models::CallPop& pop, CallPopWindow& window, QObject* parent = nullptr);

    // Checkable; for the main window's Calls menu.
    QAction* ringSoundAction() const { return ringSound_; }
    bool isRinging() const;
    // The last tray message shown; for tests (offscreen has no tray).
    QString lastNotice() const { return lastNotice_; }

private:
    void onRinging();
    void onStateChanged();

    models::CallPop& pop_;
    CallPopWindow& window_;
    QAction* ringSound_ = nullptr;
    QTimer* ring_ = nullptr;
    QSystemTrayIcon* tray_ = nullptr; // null without a system tray
    QString lastNotice_;
};

} // namespace switchboard::ui
