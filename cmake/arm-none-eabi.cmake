# SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later
# Cortex-M4, freestanding: the core alone, no libc, no startup files.
set(CMAKE_SYSTEM_NAME Generic)
set(CMAKE_SYSTEM_PROCESSOR arm)
set(CMAKE_C_COMPILER arm-none-eabi-gcc)
set(CMAKE_TRY_COMPILE_TARGET_TYPE STATIC_LIBRARY)
set(CMAKE_C_FLAGS_INIT "-mcpu=cortex-m4 -mthumb -ffreestanding -nostdlib -ffunction-sections -fdata-sections")
