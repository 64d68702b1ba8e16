/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Error code numbers are ABI (docs/embedding.md): this list is frozen as
 * released.  A code may be added (at the next number) without touching it;
 * a change to any line here is an incompatible release. */
#include <stdio.h>
#include <string.h>

#include <cxlmb/error.h>

#define PIN(num, n) { num, CXLMB_E_##n, #n }
static const struct { int num, value; const char *name; } pinned[] = {
	/* 0.2.0 */
	PIN(0, OK),
	PIN(1, TRUNCATED),
	PIN(2, OVERSIZE),
	PIN(3, RESERVED_SET),
	PIN(4, BAD_ENUM),
	PIN(5, COUNT_MISMATCH),
	PIN(6, VALUE_RANGE),
	PIN(7, BUF_TOO_SMALL),
	PIN(8, INVALID_ARG),
	PIN(9, UNKNOWN_OPCODE),
	PIN(10, NO_CODEC),
	PIN(11, BAD_LENGTH),
	PIN(12, DEPTH),
	PIN(13, BAD_CATEGORY),
	PIN(14, TAG_MISMATCH),
	PIN(15, ALIGNMENT),
	PIN(16, NOT_FOUND),
	PIN(17, BAD_CAP_CHAIN),
	PIN(18, BAD_DVSEC),
	PIN(19, BAD_CAP_ARRAY),
	PIN(20, OUT_OF_RANGE),
	PIN(21, BACKEND),
	PIN(22, MBOX_NOT_READY),
	PIN(23, BAD_PAYLOAD_SIZE),
	PIN(24, DOORBELL_BUSY),
	PIN(25, TIMEOUT),
	PIN(26, INPUT_TOO_LARGE),
	PIN(27, OUTPUT_TOO_LARGE),
	PIN(28, OUTPUT_TRUNCATED),
	PIN(29, BG_RUNNING),
	PIN(30, BG_TIMEOUT),
	PIN(31, NO_BG),
	PIN(32, DEVICE_RC),
	PIN(33, DENIED),
	PIN(34, ROUTE),
	PIN(35, BG_INCONSISTENT),
};

int main(void)
{
	int fails = 0;
	for (size_t i = 0; i < sizeof(pinned) / sizeof(pinned[0]); i++) {
		if (pinned[i].value != pinned[i].num || strcmp(cxlmb_strerror(pinned[i].num), pinned[i].name)) {
			fprintf(stderr, "error_numbers: CXLMB_E_%s is %d (\"%s\"), released as %d\n",
				pinned[i].name, pinned[i].value, cxlmb_strerror(pinned[i].num), pinned[i].num);
			fails++;
		}
	}
	if (CXLMB_E_COUNT_ < (int)(sizeof(pinned) / sizeof(pinned[0]))) {
		fprintf(stderr, "error_numbers: codes were removed\n");
		fails++;
	}
	printf("error_numbers: %zu pinned codes %s\n", sizeof(pinned) / sizeof(pinned[0]),
	       fails ? "MOVED" : "in place");
	return fails != 0;
}
