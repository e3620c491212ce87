#!/usr/bin/env node
import { main } from '../out/main.js';

// A reader that stops early (`riskpolicy check … | head`) is not a failure: the rest of the output is
// dropped and the command still ends with its own exit code.
process.stdout.on('error', error => {
    if (error.code !== 'EPIPE') throw error;
});

process.exitCode = await main(process.argv);
