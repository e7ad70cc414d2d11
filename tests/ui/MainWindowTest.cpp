#include "MainWindow.h"

#include <gtest/gtest.h>

TEST(MainWindow, HasATitle)
{
    clientele::MainWindow window;
    EXPECT_FALSE(window.windowTitle().isEmpty());
}
