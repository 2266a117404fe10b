import { defineMessage, defineMessages, type MessageValue } from 'react-intl';

export const MY_PERFORMANCE = defineMessages({
  title: { id: 'me.performance.title', defaultMessage: 'My performance' },
  back: { id: 'me.performance.back', defaultMessage: '‹ Back' },
  week: { id: 'me.performance.week', defaultMessage: 'Week' },
  newest: { id: 'me.performance.newest', defaultMessage: 'My newest week' },
  weekOf: defineMessage<{ label: MessageValue; from: MessageValue }>({
    id: 'me.performance.weekOf',
    defaultMessage: '{label}, from {from}',
  }),
  none: {
    id: 'me.performance.none',
    defaultMessage: 'No scorecard figures for you yet. They come from Amazon each week.',
  },
  noRecord: {
    id: 'me.performance.noRecord',
    defaultMessage: 'Your login is not linked to a driver record yet. Ask your manager.',
  },
  estimateNote: {
    id: 'me.performance.estimateNote',
    defaultMessage: 'Our score is an estimate from your company’s scoring profile, not Amazon’s formula.',
  },
  profileNote: defineMessage<{ name: MessageValue }>({
    id: 'me.performance.profileNote',
    defaultMessage: 'Scoring profile: {name}.',
  }),
  metrics: { id: 'me.performance.metrics', defaultMessage: 'My metrics' },
  ourTier: { id: 'me.performance.ourTier', defaultMessage: 'Our tier' },
  amazonTier: { id: 'me.performance.amazonTier', defaultMessage: 'Amazon’s tier' },
  trendLabel: defineMessage<{ metric: MessageValue }>({
    id: 'me.performance.trendLabel',
    defaultMessage: '{metric} over the last 12 weeks',
  }),
  amazonScore: { id: 'me.performance.amazonScore', defaultMessage: 'Amazon’s score' },
  ourEstimate: { id: 'me.performance.ourEstimate', defaultMessage: 'Our estimate' },
  accuracy: defineMessage<{ points: MessageValue; das: number; share: MessageValue }>({
    id: 'me.performance.accuracy',
    defaultMessage:
      'Our estimate of your weeks was off by {points} points on average from Amazon’s ({das, plural, one {# week} other {# weeks}}), with Amazon’s standing in {share}% of them.',
  }),
  accuracyUnknown: {
    id: 'me.performance.accuracyUnknown',
    defaultMessage: 'None of your weeks has both Amazon’s score and ours yet.',
  },
  scoreChart: {
    id: 'me.performance.scoreChart',
    defaultMessage: 'Amazon’s score and our estimate over the last 12 weeks',
  },
  howTitle: { id: 'me.performance.howTitle', defaultMessage: 'How tiers work' },
  how: {
    id: 'me.performance.how',
    defaultMessage:
      'Each metric has a tier: Fantastic, Great, Fair or Poor. One Poor metric holds your whole week down, so fix the Poor ones first.',
  },
});

/**
 * The scoring profiles Stationhand ships, by the name they are saved with: shown in the DA's language.
 * A profile the company named itself keeps its name.
 */
export const BUILT_IN_PROFILES = defineMessages({
  community: {
    id: 'me.performance.profile.community',
    defaultMessage: 'Community estimate with safety (not Amazon’s formula)',
  },
  demo: { id: 'me.performance.profile.demo', defaultMessage: 'Demo stand-in for Amazon’s tiers' },
});
