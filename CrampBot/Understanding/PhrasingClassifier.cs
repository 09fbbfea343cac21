namespace CrampBot.Understanding;

/// <summary>
/// A small statistical reader of phrasings: multinomial logistic regression over <see cref="PhrasingFeatures"/>,
/// trained at startup from labelled phrasings (a fraction of a second, deterministic), then microseconds per message.
/// It gives, for each label it learned, how likely the message means it.
/// </summary>
internal sealed class PhrasingClassifier
{
    // Stochastic gradient descent: 20 passes over the data in a fixed shuffled order (the same model every start), a
    // falling step, and a light weight decay. Cross-validated on the development set (see README, Understanding): 40
    // passes read the same, 10 a little worse.
    private const int Epochs = 20;
    private const double LearningRate = 0.5;
    private const double WeightDecay = 1e-5;
    private const int Seed = 12;

    private readonly string[] _labels;
    private readonly Dictionary<ulong, int> _featureIds;

    // Weights feature-major ([feature * labels + label]), so one message touches only its own features' rows.
    private readonly float[] _weights;
    private readonly float[] _bias;

    public PhrasingClassifier(IReadOnlyList<(Dictionary<ulong, double> Features, string Label)> samples)
    {
        _labels = [.. samples.Select(s => s.Label).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        var labelIds = _labels.Select((l, i) => (l, i)).ToDictionary(x => x.l, x => x.i, StringComparer.Ordinal);
        _featureIds = [];
        foreach (var feature in samples.SelectMany(s => s.Features.Keys))
        {
            _featureIds.TryAdd(feature, _featureIds.Count);
        }

        var classes = _labels.Length;
        _weights = new float[_featureIds.Count * classes];
        _bias = new float[classes];
        var encoded = samples.Select(s => (Ids: s.Features.Keys.Select(f => _featureIds[f]).ToArray(),
            Values: s.Features.Values.ToArray(), Label: labelIds[s.Label])).ToArray();
        var order = Enumerable.Range(0, encoded.Length).ToArray();
        var random = new Random(Seed);
        var probabilities = new double[classes];
        for (var epoch = 0; epoch < Epochs; epoch++)
        {
            random.Shuffle(order);
            var rate = LearningRate / (1 + 0.1 * epoch);
            foreach (var index in order)
            {
                var (ids, values, label) = encoded[index];
                Predict(ids, values, probabilities);
                for (var c = 0; c < classes; c++)
                {
                    var gradient = probabilities[c] - (c == label ? 1 : 0);
                    _bias[c] -= (float)(rate * gradient);
                    for (var f = 0; f < ids.Length; f++)
                    {
                        ref var w = ref _weights[ids[f] * classes + c];
                        w -= (float)(rate * (gradient * values[f] + WeightDecay * w));
                    }
                }
            }
        }
    }

    public IReadOnlyList<string> Labels => _labels;

    /// <summary>Where a label's probability sits in <see cref="Probabilities"/>; -1 when it was never learned.</summary>
    public int IndexOf(string label) => Array.IndexOf(_labels, label);

    /// <summary>For each of <see cref="Labels"/>, in order, the probability that the message means it.</summary>
    public double[] Probabilities(Dictionary<ulong, double> features)
    {
        var ids = new List<int>(features.Count);
        var values = new List<double>(features.Count);
        foreach (var (feature, value) in features)
        {
            // A feature never met in training carries no weight.
            if (_featureIds.TryGetValue(feature, out var id))
            {
                ids.Add(id);
                values.Add(value);
            }
        }

        var probabilities = new double[_labels.Length];
        Predict([.. ids], [.. values], probabilities);
        return probabilities;
    }

    private void Predict(int[] ids, double[] values, double[] probabilities)
    {
        var classes = _labels.Length;
        for (var c = 0; c < classes; c++)
        {
            probabilities[c] = _bias[c];
        }

        for (var f = 0; f < ids.Length; f++)
        {
            var row = ids[f] * classes;
            var value = values[f];
            for (var c = 0; c < classes; c++)
            {
                probabilities[c] += _weights[row + c] * value;
            }
        }

        var max = probabilities.Max();
        var sum = 0.0;
        for (var c = 0; c < classes; c++)
        {
            probabilities[c] = Math.Exp(probabilities[c] - max);
            sum += probabilities[c];
        }

        for (var c = 0; c < classes; c++)
        {
            probabilities[c] /= sum;
        }
    }
}
