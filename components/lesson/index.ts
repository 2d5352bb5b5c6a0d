// Components every lesson can use without importing them (passed to <Content components>). The decision tree is
// not one of them: the one lesson that shows it imports it, so its styles and script stay on that page.
import AttackTest from '../sandbox/AttackTest.astro';
import ExampleCode from '../sandbox/ExampleCode.astro';
import SandboxPair from '../sandbox/SandboxPair.astro';
import WireExchange from '../sandbox/WireExchange.astro';
import Advisories from './Advisories.astro';
import Callout from './Callout.astro';
import Comparison from './Comparison.astro';
import DeepDive from './DeepDive.astro';
import LatencyChart from './LatencyChart.astro';
import LatencyClaim from './LatencyClaim.astro';
import LatencyResults from './LatencyResults.astro';
import SequenceDiagram from './SequenceDiagram.astro';
import Steps from './Steps.astro';
import Version from './Version.astro';
import WhenNext from './WhenNext.astro';

export const lessonComponents = { Advisories, AttackTest, Callout, Comparison, DeepDive, ExampleCode, LatencyChart, LatencyClaim, LatencyResults, SandboxPair, SequenceDiagram, Steps, Version, WhenNext, WireExchange };
