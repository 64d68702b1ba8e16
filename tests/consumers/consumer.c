/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* A small program as a user would write it: one include, decode an
 * Identify (0001h) response, check the version and the knobs.  Built
 * against the installed tree (find_package, pkg-config) and through
 * add_subdirectory; exits 0 only if every check holds. */
#include <stdio.h>

#include <cxlmb/cxlmb.h>

#if !defined(CXLMB_VERSION_NUMBER) || CXLMB_VERSION_NUMBER < 0x000200
#error "cxlmb/version.h: CXLMB_VERSION_NUMBER missing or too old"
#endif

int main(void)
{
	/* vendor 8086h, device 0d93h, ..., serial 0807060504030201h, 2^11 B, Type 3 */
	static const uint8_t wire[CXLMB_IDENTIFY_RSP_LEN] = {
		0x86, 0x80, 0x93, 0x0d, 0xf4, 0x1a, 0x00, 0x11, 0x01,
		0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x0b, 0x03};
	struct cxlmb_identify_rsp id;
	int fails = 0;

	int rc = cxlmb_identify_rsp_decode(wire, sizeof(wire), CXLMB_STRICT, &id);
	if (rc || id.vendor_id != 0x8086 || id.serial_number != 0x0807060504030201ull ||
	    id.component_type != 3) {
		fprintf(stderr, "consumer: identify decode: %s\n", cxlmb_strerror(rc));
		fails++;
	}
	/* the catalog-driven path agrees */
	const struct cxlmb_cmd *c = cxlmb_cmd_find(0x0001);
	if (!c || cxlmb_cmd_decode(c, CXLMB_RSP, wire, sizeof(wire), CXLMB_STRICT, &id)) {
		fprintf(stderr, "consumer: catalog decode of 0001h failed\n");
		fails++;
	}
	if (cxlmb_version() != CXLMB_VERSION_NUMBER) {
		fprintf(stderr, "consumer: header %s, library %s\n", CXLMB_VERSION_STRING,
			cxlmb_version_string());
		fails++;
	}
	if (cxlmb_abi_check() != CXLMB_E_OK) {
		fprintf(stderr, "consumer: library knobs %#x, mine %#x\n", (unsigned)cxlmb_abi_knobs(),
			(unsigned)CXLMB_ABI_KNOBS);
		fails++;
	}
	/* error numbers are ABI: a few pinned values */
	if (CXLMB_E_OK != 0 || CXLMB_E_TRUNCATED != 1 || CXLMB_E_INVALID_ARG != 8 ||
	    CXLMB_E_TIMEOUT != 25 || CXLMB_E_DEVICE_RC != 32 ||
	    cxlmb_strerror(CXLMB_E_TIMEOUT)[0] != 'T') {
		fprintf(stderr, "consumer: error code numbers moved\n");
		fails++;
	}
	printf("consumer: cxlmb %s, %zu commands, %s\n", cxlmb_version_string(), cxlmb_cmd_count(),
	       fails ? "FAILED" : "ok");
	return fails ? 1 : 0;
}
