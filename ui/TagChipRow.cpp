#include "ui/TagChipRow.h"

#include "models/TagListModel.h"
#include "ui/TagChipPainter.h"
#include "ui/WorkspacePalette.h"

#include <QPainter>

using namespace Qt::StringLiterals;

namespace switchboard::ui {

TagChipRow::TagChipRow(models::TagListModel& catalogue, QWidget* parent)
    : QWidget(parent)
    , catalogue_(catalogue)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Tags"));
    hide(); // until there are tags
}

void TagChipRow::setTags(const QStringList& tags)
{
    if (tags == tags_)
        return;
    tags_ = tags;
    setAccessibleDescription(tags_.join(u", "_s));
    setVisible(!tags_.isEmpty());
    updateGeometry();
    update();
}

QSize TagChipRow::sizeHint() const
{
    int width = 0;
    for (const QString& tag : tags_)
        width += TagChipPainter::width(font(), tag) + TagChipPainter::kGap;
    return { width, TagChipPainter::kHeight };
}

QSize TagChipRow::minimumSizeHint() const
{
    return { 0, TagChipPainter::kHeight };
}

void TagChipRow::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    const bool dark = WorkspacePalette::isDark(palette());
    int x = 0;
    for (qsizetype i = 0; i < tags_.size(); ++i) {
        const QString& tag = tags_.at(i);
        const int w = TagChipPainter::width(font(), tag);
        const QString more = u"+%1"_s.arg(tags_.size() - i);
        const bool last = i == tags_.size() - 1;
        // Keep room for the "+n" chip unless this is the last tag.
        const int reserve = last ? 0 : TagChipPainter::width(font(), more) + TagChipPainter::kGap;
        if (x + w + reserve > width()) {
            TagChipPainter::paint(painter, QPoint(x, 0), font(), more, QColor(), dark);
            return;
        }
        x += TagChipPainter::paint(painter, QPoint(x, 0), font(), tag,
                 QColor::fromString(catalogue_.colourOf(tag)), dark)
            + TagChipPainter::kGap;
    }
}

} // namespace switchboard::ui
