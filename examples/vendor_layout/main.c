/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* A vendor layout in use: encode the request, decode answers strictly and
 * leniently, walk the fields with a visitor (how a tool prints them). */
#include <stdio.h>

#include "vendor_thermal.h"

static void print_uint(void *ctx, const char *name, uint64_t v, unsigned ff)
{
	(void)ctx;
	(void)ff;
	printf("  %s = %llu\n", name, (unsigned long long)v);
}

static void print_sint(void *ctx, const char *name, int64_t v)
{
	(void)ctx;
	printf("  %s = %lld\n", name, (long long)v);
}

static void print_bytes(void *ctx, const char *name, const uint8_t *p, size_t n, unsigned kind)
{
	(void)ctx;
	(void)kind;
	printf("  %s = %zu bytes%s", name, n, n ? ":" : "");
	for (size_t i = 0; i < n; i++)
		printf(" %02x", p[i]);
	printf("\n");
}

int main(void)
{
	int fails = 0;

	/* the request, byte-exact, reserved bytes zero */
	struct vendor_thermal_req req = { .sensor = 2 };
	uint8_t req_wire[4];
	size_t n;
	if (vendor_thermal_req_encode(&req, req_wire, sizeof(req_wire), &n) || n != 4 ||
	    req_wire[0] != 2 || req_wire[1] || req_wire[3])
		fails++;

	/* an answer: sensor 2, hot, -2.5 C (two's complement 1/16ths), trip 85 C, 3 trace bytes */
	const uint8_t rsp_wire[] = { 0x02, 0x02, 0xd8, 0xff, 0x50, 0x05, 0x00, 0x00, 0xaa, 0xbb, 0xcc };
	struct vendor_thermal_rsp rsp;
	int rc = vendor_thermal_rsp_decode(rsp_wire, sizeof(rsp_wire), CXLMB_STRICT, &rsp);
	printf("vendor_layout: decode: %s: sensor %u state %u temp %d/16 C trip %u/16 C trace %u bytes\n",
	       cxlmb_strerror(rc), rsp.sensor, rsp.state, rsp.temp_16th, rsp.trip_16th,
	       (unsigned)rsp.trace.len);
	if (rc || rsp.state != THERMAL_HOT || rsp.temp_16th != -40 || rsp.trip_16th != 85 * 16 ||
	    rsp.trace.len != 3 || rsp.trace.data != rsp_wire + 8)
		fails++;

	/* the visitor walks every field by name (empty names under CXLMB_NO_FIELD_NAMES) */
	const struct cxlmb_visitor v = { .uint = print_uint, .sint = print_sint, .bytes = print_bytes };
	if (cxlmb_schema_visit(&vendor_thermal_rsp_schema, &rsp, CXLMB_STRICT, &v))
		fails++;

	/* a state the layout does not define: strict refuses, lenient keeps it */
	uint8_t odd[8] = { 0x01, 0x07 };
	if (vendor_thermal_rsp_decode(odd, sizeof(odd), CXLMB_STRICT, &rsp) != CXLMB_E_BAD_ENUM ||
	    vendor_thermal_rsp_decode(odd, sizeof(odd), CXLMB_LENIENT, &rsp) != CXLMB_E_OK ||
	    rsp.state != 7)
		fails++;
	/* a reserved bit set: strict refuses */
	odd[1] = 0x10;
	if (vendor_thermal_rsp_decode(odd, sizeof(odd), CXLMB_STRICT, &rsp) != CXLMB_E_RESERVED_SET)
		fails++;
	/* too short: always refused, never read past */
	if (vendor_thermal_rsp_decode(rsp_wire, 7, CXLMB_LENIENT, &rsp) != CXLMB_E_TRUNCATED)
		fails++;

	printf("vendor_layout: %s\n", fails ? "FAILED" : "ok");
	return fails ? 1 : 0;
}
