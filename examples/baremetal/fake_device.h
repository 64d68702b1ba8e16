/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* A tiny CXL device in RAM, as a board bring-up would fake one: a register
 * block with Memory Device Status and a primary mailbox whose doorbell
 * answers Identify (0001h) and refuses every other opcode.  It stands in
 * for the MMIO window a real board maps; the backend in main.c is what a
 * firmware writes. */
#ifndef FAKE_DEVICE_H
#define FAKE_DEVICE_H

#include <cxlmb/cxlmb.h>

#define FAKE_MEMDEV_STATUS_OFF 0x40u
#define FAKE_MBOX_OFF 0x80u
#define FAKE_PAYLOAD_SHIFT 8u /* 256-byte payload area, the smallest allowed */
#define FAKE_REGS_LEN (FAKE_MBOX_OFF + CXLMB_MBOX_PAYLOAD + (1u << FAKE_PAYLOAD_SHIFT))

struct fake_device {
	_Alignas(8) uint8_t regs[FAKE_REGS_LEN];
	uint64_t ticks_ns; /* the board's free-running timer */
	unsigned doorbells;
};

void fake_device_reset(struct fake_device *d);
/* The device's side of the doorbell: run the command in the registers. */
void fake_device_doorbell(struct fake_device *d);

#endif
