# SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later
# RV64GC bare metal, freestanding: the core alone, no libc.
set(CMAKE_SYSTEM_NAME Generic)
set(CMAKE_SYSTEM_PROCESSOR riscv64)
set(CMAKE_C_COMPILER riscv64-unknown-elf-gcc)
set(CMAKE_TRY_COMPILE_TARGET_TYPE STATIC_LIBRARY)
set(CMAKE_C_FLAGS_INIT "-march=rv64gc -mabi=lp64d -mcmodel=medany -ffreestanding -nostdlib -ffunction-sections -fdata-sections")
