/** Bundles the workflows and sends the bundle to the parent: webpack's memory leaves with this process. */
import { bundleWorkflows } from './worker';

const bundle = await bundleWorkflows();
process.send!(bundle, undefined, {}, () => process.exit(0));
