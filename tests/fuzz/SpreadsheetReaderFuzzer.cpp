// libFuzzer target for the spreadsheet readers: any bytes, as CSV or XLSX/XLS (detected from the
// bytes, as in a real import). The only acceptable outcomes are rows or an ImportError.
#include "FuzzInput.h"
#include "import/ImportError.h"
#include "import/SpreadsheetReader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    clientele::fuzz::FuzzInput input(data, size, FUZZ_SUFFIX);
    try {
        clientele::SpreadsheetReader::Options options;
        options.limits.maxUncompressedBytes = 64 * 1024 * 1024; // keep each run short
        auto reader = clientele::SpreadsheetReader::open(input.path(), options);
        for (int sheet = 0; sheet < reader->sheetNames().size() && sheet < 4; ++sheet) {
            reader->selectSheet(sheet);
            QList<clientele::CellValue> cells;
            for (int rows = 0; rows < 100000 && reader->readRow(cells); ++rows) {
            }
        }
    } catch (const clientele::ImportError&) {
    }
    return 0;
}
