/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* A vendor command's layouts, declared with the library's public macros
 * exactly as the library declares its own (catalog.h CXLMB_CODEC).
 *
 * C001h "Get Thermal Status" (a made-up vendor command for this example;
 * vendor opcodes C000h-FFFFh pass the catalog as opaque bytes):
 *   request  00 sensor (1 byte)  01-03 reserved
 *   response 00 sensor   01 state 3:0 (0 ok, 1 warm, 2 hot), 7:4 reserved
 *            02 temperature, signed 16-bit, 1/16 degree C
 *            04 trip point, unsigned 16-bit, 1/16 degree C
 *            06-07 reserved  08.. vendor trace bytes (any length) */
#ifndef VENDOR_THERMAL_H
#define VENDOR_THERMAL_H

#include <cxlmb/cxlmb.h>

#define VENDOR_OP_THERMAL 0xC001u

struct vendor_thermal_req {
	uint8_t sensor;
};
CXLMB_CODEC(vendor_thermal_req, struct vendor_thermal_req)

enum vendor_thermal_state { THERMAL_OK = 0, THERMAL_WARM = 1, THERMAL_HOT = 2 };

struct vendor_thermal_rsp {
	uint8_t sensor;
	uint8_t state;          /* enum vendor_thermal_state */
	int16_t temp_16th;
	uint16_t trip_16th;
	struct cxlmb_bytes trace; /* view into the response buffer */
};
CXLMB_CODEC(vendor_thermal_rsp, struct vendor_thermal_rsp)

#endif
