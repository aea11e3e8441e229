#pragma once
// The Qt headers the tests include, precompiled once per folder and set of libraries
// (TALLENNE_PCH). Only modules the test links are on its include path, hence __has_include.
#include <QtCore/QtCore>
#include <QtTest/QtTest>
#if __has_include(<QtSql/QtSql>)
#include <QtSql/QtSql>
#endif
#if __has_include(<QtWidgets/QtWidgets>)
#include <QtWidgets/QtWidgets>
#endif
