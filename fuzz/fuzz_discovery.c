/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Target discovery: Register Locator DVSEC from a configuration-space image
 * and the Device Capabilities Array from a register-block image. */
#include "fuzz_target.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct cxlmb_regblock rb;
	struct cxlmb_devregs r;
	size_t split;

	if (size < 2)
		return 0;
	split = ((size_t)data[0] << 4) % size;
	/* which block type was asked for, and how the search ended */
	fuzz_note_outcome(64u + data[1] % 5, cxlmb_regloc_find(data, split, data[1] % 5, data[1] >> 6, &rb));
	int rc = cxlmb_devregs_parse_bytes(data + split, size - split, &r);
	unsigned found = 0;
	if (rc == CXLMB_E_OK) {
		const struct cxlmb_devcap *caps[] = { &r.dev_status, &r.primary_mbox,
						      &r.secondary_mbox, &r.memdev_status };
		for (unsigned i = 0; i < 4; i++) {
			FUZZ_CHECK(!caps[i]->present ||
				   (uint64_t)caps[i]->offset + caps[i]->length <= size - split);
			found |= caps[i]->present ? 1u << i : 0;
		}
	}
	/* the capability walk is one loop: tell the fuzzer which ones it found */
	fuzz_note_outcome(found, rc);
	return 0;
}
