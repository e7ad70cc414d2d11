// Renders the Customers page on a database and saves it as a PNG, to look at the layout without a
// display:  QT_QPA_PLATFORM=offscreen customers_page_screenshot DB_FILE OUT.png [ROW] [SEARCH]

#include "customers/CustomerTableModel.h"
#include "customers/CustomersPage.h"
#include "storage/Database.h"

#include <QApplication>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ClienteleScreenshot"));
    QApplication::setApplicationName(QStringLiteral("ClienteleScreenshot"));
    if (argc < 3) {
        std::fprintf(stderr, "usage: %s DB_FILE OUT.png [ROW] [SEARCH]\n", argv[0]);
        return 1;
    }
    QTemporaryDir backups;
    std::unique_ptr<clientele::Database> db = clientele::Database::open(
        QString::fromLocal8Bit(argv[1]), {clientele::Database::IfMissing::Fail, backups.path()});
    clientele::CustomersPage page;
    page.resize(1200, 700);
    page.show();
    page.setDatabase(db.get());
    // The list reads on a worker thread.
    if (!QTest::qWaitFor([&] { return !page.isLoading(); }, 30000))
        qWarning("the customer list did not load within 30 s");
    if (argc > 4) {
        page.searchEdit()->setText(QString::fromLocal8Bit(argv[4]));
        QTest::qWait(400); // the search box waits for a pause in the typing
        if (!QTest::qWaitFor([&] { return !page.isLoading(); }, 30000))
            qWarning("the search did not finish within 30 s");
    }
    if (argc > 3) {
        const int row = QString::fromLocal8Bit(argv[3]).toInt();
        page.view()->selectRow(row);
    }
    QTest::qWait(200);
    if (!page.grab().save(QString::fromLocal8Bit(argv[2])))
        return 2;
    return 0;
}
