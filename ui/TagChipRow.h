// A read-only row of tag chips (the tags of a caller on the call pop), painted the way the
// inbox paints them, in the catalogue's colours; chips that do not fit are summed up as
// "+2". For editing tags, TagEditor.
#pragma once

#include <QStringList>
#include <QWidget>

namespace switchboard::models {
class TagListModel;
}

namespace switchboard::ui {

class TagChipRow : public QWidget {
    Q_OBJECT
public:
    explicit TagChipRow(models::TagListModel& catalogue, QWidget* parent = nullptr);

    void setTags(const QStringList& tags);
    const QStringList& tags() const { return tags_; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    models::TagListModel& catalogue_;
    QStringList tags_;
};

} // namespace switchboard::ui
