#include "log/logpage.h"

#include <QWidget>

LogPage::~LogPage() = default;

LogPage *LogPage::of(QWidget *tab)
{
    return dynamic_cast<LogPage *>(tab);
}
