#pragma once

#include "import/SpreadsheetReader.h"

#include <condition_variable>
#include <deque>
#include <exception>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace clientele {

// Reads another SpreadsheetReader on a thread of its own, a few blocks of rows ahead of the caller,
// so decoding and parsing the file overlap with what the caller does with the rows (an import
// converts and writes them). The queue is bounded: memory stays flat whatever the file size. An
// error of the inner reader (ImportError) is thrown from readRow() at the row where it happened.
// Rows the caller is done with go back to the reading thread, which frees their cells and reuses
// their lists: freeing memory another thread allocated costs the caller's thread, the busier one.
class ReadAheadReader : public SpreadsheetReader
{
public:
    explicit ReadAheadReader(std::unique_ptr<SpreadsheetReader> inner);
    ~ReadAheadReader() override;

    Format format() const override { return m_format; }
    QStringList sheetNames() const override { return m_sheetNames; }
    void selectSheet(int index) override;
    bool readRow(QList<CellValue>& cells) override;
    qint64 rowNumber() const override { return m_rowNumber; }
    int progressPermille() const override { return m_permille; }
    QString encoding() const override { return m_encoding; }
    QString encodingReason() const override { return m_encodingReason; }

    // Work done on the reading thread on each row, in file order, before the caller gets it (an
    // import's conversions that need no database). Set it while nothing is read ahead: before the
    // first readRow() or right after selectSheet().
    using RowHook = std::function<void(QList<CellValue>& cells, qint64 rowNumber)>;
    void setRowHook(RowHook hook);

private:
    struct Block
    {
        std::vector<QList<CellValue>> rows;
        std::vector<qint64> rowNumbers;
        int permille = 0;
        bool last = false;        // no rows after this block
        std::exception_ptr error; // thrown after the block's rows
    };

    void start();
    void stop();
    void produce();
    bool nextBlock();

    std::unique_ptr<SpreadsheetReader> m_inner;
    RowHook m_hook;
    Format m_format;
    QStringList m_sheetNames;
    QString m_encoding;
    QString m_encodingReason;

    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Block> m_queue;
    std::vector<QList<CellValue>> m_spent; // rows the caller is done with, for the reading thread
    bool m_stopping = false;

    Block m_current; // being handed out, owned by the caller's thread
    size_t m_next = 0;
    bool m_started = false;
    bool m_finished = false;
    qint64 m_rowNumber = 0;
    int m_permille = 0;
};

} // namespace clientele
